using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.LandedCost;

/// <summary>The landed cost of one shipment line, by component, in the reporting currency.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.LineLandedCostJsonConverter))]
public sealed record LineLandedCost
{
    internal LineLandedCost(ShipmentLine line, Money customsValue, Money goods, Money freight, Money insurance, Money onCarriage, Money duty, Money additionalDuty, Money importVat, Money recoverableVat, Money fees, Money rebate)
    {
        Line = line;
        CustomsValue = customsValue;
        Goods = goods;
        Freight = freight;
        Insurance = insurance;
        OnCarriage = onCarriage;
        Duty = duty;
        AdditionalDuty = additionalDuty;
        ImportVat = importVat;
        RecoverableVat = recoverableVat;
        Fees = fees;
        Rebate = rebate;
        Total = goods + freight + insurance + onCarriage + duty + additionalDuty + importVat + fees - rebate;
    }

    /// <summary>The line.</summary>
    public ShipmentLine Line { get; }

    /// <summary>The line's customs value, in the destination's currency.</summary>
    public Money CustomsValue { get; }

    /// <summary>Goods (invoice value less any transport and insurance included in it).</summary>
    public Money Goods { get; }

    /// <summary>Share of the main carriage.</summary>
    public Money Freight { get; }

    /// <summary>Share of the insurance.</summary>
    public Money Insurance { get; }

    /// <summary>Share of the on-carriage.</summary>
    public Money OnCarriage { get; }

    /// <summary>Customs duty.</summary>
    public Money Duty { get; }

    /// <summary>Additional duties by origin.</summary>
    public Money AdditionalDuty { get; }

    /// <summary>Import VAT counted as a cost (not recoverable by the importer).</summary>
    public Money ImportVat { get; }

    /// <summary>Import VAT paid but recoverable (not in <see cref="Total"/>).</summary>
    public Money RecoverableVat { get; }

    /// <summary>Share of the fees.</summary>
    public Money Fees { get; }

    /// <summary>Export VAT rebate (subtracted).</summary>
    public Money Rebate { get; }

    /// <summary>The line's landed cost.</summary>
    public Money Total { get; }

    /// <summary>The landed cost per unit (not rounded).</summary>
    public Money PerUnit => Total / Line.Quantity;
}
