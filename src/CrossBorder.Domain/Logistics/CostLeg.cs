namespace CrossBorder.Domain.Logistics;

/// <summary>The cost items of moving goods from the seller's premises to the buyer's place, as Incoterms 2020 allocate them.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.JsonCamelCaseEnumConverter<CostLeg>))]
public enum CostLeg
{
    /// <summary>Export customs clearance and export duties in the country of origin.</summary>
    ExportClearance = 1,

    /// <summary>Pre-carriage from the seller's premises to the port or terminal of departure.</summary>
    PreCarriage = 2,

    /// <summary>The main international carriage to the port or place of arrival.</summary>
    MainCarriage = 3,

    /// <summary>Cargo insurance for the main carriage.</summary>
    Insurance = 4,

    /// <summary>Import customs clearance (broker, formalities).</summary>
    ImportClearance = 5,

    /// <summary>Import duties and taxes (duty, import VAT/GST, fees).</summary>
    ImportDutiesAndTaxes = 6,

    /// <summary>On-carriage from the place of arrival to the named place of destination.</summary>
    OnCarriage = 7,
}
