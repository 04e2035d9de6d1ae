using System;
using System.Globalization;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Customs;

/// <summary>
/// An export VAT rebate on the purchase price (China's 出口退税): the exporter recovers <see cref="RebateRate"/> of the supplier's
/// price excluding VAT — rebate = price excluding VAT × rebate rate — a cost reduction shown on its own line.
/// </summary>
/// <remarks>Rebate rates depend on the product and change by notice; the library ships none, so the user supplies both rates.</remarks>
public sealed record ExportVatRebate
{
    /// <summary>Creates the rebate terms.</summary>
    /// <param name="rebateRate">The rebate rate for the product (for example 13%), zero or more.</param>
    /// <param name="supplierVatRate">The VAT rate included in the supplier's price (for example 13%), zero or more.</param>
    /// <param name="note">Where the rates come from (a notice, the forwarder's statement).</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is negative or the rebate exceeds the VAT rate.</exception>
    public ExportVatRebate(Percentage rebateRate, Percentage supplierVatRate, string note)
    {
        if (supplierVatRate.Fraction < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(supplierVatRate), supplierVatRate, $"supplierVatRate was {supplierVatRate}; it must be zero or greater.");
        }

        if (rebateRate.Fraction < 0m || rebateRate > supplierVatRate)
        {
            throw new ArgumentOutOfRangeException(nameof(rebateRate), rebateRate, $"rebateRate was {rebateRate}; it must be between 0% and the supplier VAT rate {supplierVatRate}.");
        }

        RebateRate = rebateRate;
        SupplierVatRate = supplierVatRate;
        Note = Preconditions.CheckNotNull(note, nameof(note));
    }

    /// <summary>The rebate rate.</summary>
    public Percentage RebateRate { get; }

    /// <summary>The VAT rate included in the supplier's price.</summary>
    public Percentage SupplierVatRate { get; }

    /// <summary>Where the rates come from.</summary>
    public string Note { get; }

    /// <summary>The rebate on a VAT-inclusive purchase price: price / (1 + VAT rate) × rebate rate, not rounded.</summary>
    /// <param name="priceIncludingVat">The supplier's price including VAT.</param>
    /// <returns>The rebate (positive; subtract it from the cost).</returns>
    public Money Compute(Money priceIncludingVat) => priceIncludingVat / (1m + SupplierVatRate.Fraction) * RebateRate.Fraction;

    /// <summary>"rebate 13% of price excl. 13% VAT".</summary>
    /// <returns>The terms for people.</returns>
    public override string ToString() =>
        $"rebate {RebateRate.ToString(null, CultureInfo.InvariantCulture)} of price excl. {SupplierVatRate.ToString(null, CultureInfo.InvariantCulture)} VAT";
}
