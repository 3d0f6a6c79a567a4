"""Reading inputs, one module per concern; :mod:`newsanalysis.load` is the public face.

* :mod:`~newsanalysis.inputs.limits`: suffixes and size limits
* :mod:`~newsanalysis.inputs.decoding`: bytes to text, binary data refused
* :mod:`~newsanalysis.inputs.html`: HTML pages to article text
* :mod:`~newsanalysis.inputs.documents`: Word, RTF and PDF files to text (extras)
* :mod:`~newsanalysis.inputs.exports`: news-database exports split into records
* :mod:`~newsanalysis.inputs.duplicates`: the same article twice in a run, flagged or dropped
* :mod:`~newsanalysis.inputs.headers`: date marker, front matter, dates a table can hold
* :mod:`~newsanalysis.inputs.articles`: :class:`Article`, :class:`LoadFailure`, articles from strings
* :mod:`~newsanalysis.inputs.files`: one article file
* :mod:`~newsanalysis.inputs.tables`: CSV/JSON/JSONL tables and DataFrames of articles
* :mod:`~newsanalysis.inputs.folders`: any source (folders walked) to articles and load failures
"""
