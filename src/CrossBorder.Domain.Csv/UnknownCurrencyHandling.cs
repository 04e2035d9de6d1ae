namespace CrossBorder.Domain.Csv;

/// <summary>What an importer does with a currency code that is not an active ISO 4217 code.</summary>
public enum UnknownCurrencyHandling
{
    /// <summary>Report it as a problem; the import fails.</summary>
    Fail = 0,

    /// <summary>
    /// Leave the column out and list it in <see cref="CsvImport{T}.Skipped"/> — for the ECB's historic file, whose columns include
    /// currencies withdrawn since (CYP, EEK, LTL, LVL, MTL, ROL, SIT, SKK, TRL, HRK, BGN after the euro changeover…).
    /// </summary>
    SkipColumn = 1,
}
