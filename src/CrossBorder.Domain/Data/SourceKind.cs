namespace CrossBorder.Domain.Data;

/// <summary>How much weight a <see cref="Source"/> carries.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<SourceKind>))]
public enum SourceKind
{
    /// <summary>The authority's own text: a tax authority, customs agency, official journal, standards body or the marketplace's own help page.</summary>
    Official = 0,

    /// <summary>A secondary source (professional adviser, law firm, trade association) restating an official rule; used where the official text could not be retrieved.</summary>
    Secondary = 1,

    /// <summary>A value supplied by the user of the library (their own contract, tariff schedule or policy).</summary>
    UserSupplied = 2,
}
