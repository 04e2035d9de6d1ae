namespace CrossBorder.Domain.Csv;

/// <summary>What an importer does with a header column it does not know.</summary>
public enum UnknownColumnHandling
{
    /// <summary>Report it as a problem; the import fails (the default: a misspelt optional column never goes unnoticed).</summary>
    Fail = 0,

    /// <summary>Leave the column out and list it in <see cref="CsvImport{T}.Skipped"/> (for files with extra columns of the caller's own).</summary>
    Ignore = 1,
}
