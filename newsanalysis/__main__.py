from newsanalysis.cli import main

raise SystemExit(main())
