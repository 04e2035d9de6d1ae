using System;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.LandedCost;

/// <summary>
/// One line of a shipment: a SKU with its HS code, country of origin, quantity, unit price in the supplier's currency (as invoiced
/// under the shipment's Incoterm), unit mass and, optionally, unit dimensions and an export VAT rebate.
/// </summary>
public sealed record ShipmentLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="sku">The seller's SKU id.</param>
    /// <param name="hsCode">The goods' HS/HTS/CN code in the destination's nomenclature.</param>
    /// <param name="origin">The country of origin (for duty rates and additional duties).</param>
    /// <param name="quantity">Units, at least 1.</param>
    /// <param name="unitPrice">The invoice price per unit, zero or more.</param>
    /// <param name="unitMass">The mass of one unit (used for weight allocation and specific duties), greater than zero.</param>
    /// <param name="unitDimensions">The packed dimensions of one unit, when known (volume and chargeable-weight allocation).</param>
    /// <param name="exportRebate">Export VAT rebate terms on the purchase price, when the exporter claims one.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantity"/> is less than 1, <paramref name="unitPrice"/> is negative or <paramref name="unitMass"/> is zero.</exception>
    /// <exception cref="ArgumentException"><paramref name="sku"/> is empty or <paramref name="hsCode"/> is the default code.</exception>
    public ShipmentLine(string sku, HsCode hsCode, CountryCode origin, int quantity, Money unitPrice, Mass unitMass, Dimensions? unitDimensions = null, ExportVatRebate? exportRebate = null)
    {
        Sku = Preconditions.CheckNotNullOrWhiteSpace(sku, nameof(sku));
        if (hsCode.Length == 0)
        {
            throw new ArgumentException($"hsCode of line '{sku}' is the default HsCode; give the goods' tariff code.", nameof(hsCode));
        }

        if (origin.IsDefault)
        {
            throw new ArgumentException($"origin of line '{sku}' is the default CountryCode; give the country of origin.", nameof(origin));
        }

        if (quantity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"quantity of line '{sku}' was {quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)}; it must be at least 1.");
        }

        if (unitPrice.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(unitPrice), unitPrice, $"unitPrice of line '{sku}' was {unitPrice}; it must be zero or greater.");
        }

        if (unitMass.Grams <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(unitMass), unitMass, $"unitMass of line '{sku}' was {unitMass}; it must be greater than zero.");
        }

        HsCode = hsCode;
        Origin = origin;
        Quantity = quantity;
        UnitPrice = unitPrice;
        UnitMass = unitMass;
        UnitDimensions = unitDimensions;
        ExportRebate = exportRebate;
    }

    /// <summary>The seller's SKU id.</summary>
    public string Sku { get; }

    /// <summary>The goods' tariff code.</summary>
    public HsCode HsCode { get; }

    /// <summary>The country of origin.</summary>
    public CountryCode Origin { get; }

    /// <summary>Units.</summary>
    public int Quantity { get; }

    /// <summary>The invoice price per unit.</summary>
    public Money UnitPrice { get; }

    /// <summary>The mass of one unit.</summary>
    public Mass UnitMass { get; }

    /// <summary>The packed dimensions of one unit, when known.</summary>
    public Dimensions? UnitDimensions { get; }

    /// <summary>Export VAT rebate terms, when claimed.</summary>
    public ExportVatRebate? ExportRebate { get; }

    /// <summary>The invoice value of the line: unit price × quantity.</summary>
    public Money Value => UnitPrice * Quantity;

    /// <summary>The line with another quantity (for splitting shipments).</summary>
    /// <param name="quantity">The new quantity, at least 1.</param>
    /// <returns>The copy.</returns>
    public ShipmentLine WithQuantity(int quantity) => new(Sku, HsCode, Origin, quantity, UnitPrice, UnitMass, UnitDimensions, ExportRebate);
}
