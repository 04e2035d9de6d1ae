using System;
using System.Globalization;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Kpis;

/// <summary>
/// The cost of goods of one unit of a SKU (its landed cost: purchase, freight, duty, inbound) for the days it is in force,
/// like the effective-dated COGS of Jungle Scout or Sellerboard. Input to cost of goods, gross profit and inventory value.
/// </summary>
/// <remarks>The cost may be finer than the currency's minor unit by up to four decimals (a landed cost of USD 3.4567 per unit). Immutable.</remarks>
public sealed class SkuCost
{
    /// <summary>The decimals kept beyond the currency's minor unit.</summary>
    internal const int ExtraDecimals = 4;

    /// <summary>Creates a unit cost.</summary>
    /// <param name="sku">The SKU; not <see cref="SkuKey.None"/>.</param>
    /// <param name="period">The days the cost applies to (the day of the sale, return or snapshot).</param>
    /// <param name="costPerUnit">Landed cost of one unit; zero or more, at most four decimals finer than the currency's minor unit.</param>
    /// <exception cref="ArgumentException">The SKU is none, the currency has no minor unit, or the cost is too fine.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cost is negative.</exception>
    public SkuCost(SkuKey sku, EffectivePeriod period, Money costPerUnit)
    {
        Preconditions.CheckArgument(!sku.IsNone, nameof(sku), "sku is SkuKey.None; a unit cost is for one SKU.");
        Currency currency = LedgerAmount.CurrencyOf(costPerUnit, nameof(costPerUnit));
        Preconditions.CheckNonNegative(costPerUnit.Amount, nameof(costPerUnit));
        decimal scale = DecimalMath.Pow10(currency.MinorUnits!.Value + ExtraDecimals);
        if (costPerUnit.Amount > long.MaxValue / scale)
        {
            throw new ArgumentOutOfRangeException(
                nameof(costPerUnit),
                costPerUnit.Amount,
                $"costPerUnit was {costPerUnit.Amount.ToString(CultureInfo.InvariantCulture)} {currency.Code}; a unit cost must be at most {decimal.Truncate(long.MaxValue / scale).ToString(CultureInfo.InvariantCulture)} {currency.Code} (64-bit units of 1/10^{(currency.MinorUnits.Value + ExtraDecimals).ToString(CultureInfo.InvariantCulture)}).");
        }

        decimal scaled = costPerUnit.Amount * scale;
        if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue)
        {
            throw new ArgumentException(
                $"costPerUnit was {costPerUnit.Amount.ToString(CultureInfo.InvariantCulture)} {currency.Code}; give at most {(currency.MinorUnits.Value + ExtraDecimals).ToString(CultureInfo.InvariantCulture)} decimals.",
                nameof(costPerUnit));
        }

        Sku = sku;
        Period = period;
        CostPerUnit = costPerUnit;
        Scaled = decimal.ToInt64(scaled);
    }

    /// <summary>The SKU.</summary>
    public SkuKey Sku { get; }

    /// <summary>The days the cost applies to.</summary>
    public EffectivePeriod Period { get; }

    /// <summary>Landed cost of one unit.</summary>
    public Money CostPerUnit { get; }

    /// <summary>The cost in ten-thousandths of the minor unit.</summary>
    internal long Scaled { get; }
}
