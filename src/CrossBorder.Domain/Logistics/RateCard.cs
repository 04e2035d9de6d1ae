using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Logistics;

/// <summary>
/// A carrier's or forwarder's price list for one lane and mode, supplied by the user: weight breaks, minimum charge, fuel surcharge,
/// per-shipment and per-carton fees and a remote-area surcharge, with the carrier's volumetric divisor and rounding.
/// </summary>
/// <remarks>
/// <para>Quoting: chargeable weight (see <see cref="ChargeableWeight"/>) × the rate of the highest break not above it; the minimum
/// charge if that is higher; fuel surcharge as a percentage of that; then the fixed fees. Every charge is rounded half away from zero
/// to the currency's minor unit, as carriers invoice, and the total is the sum of the rounded charges.</para>
/// <para>The library ships no carrier prices: they are contract data. Immutable and thread-safe.</para>
/// </remarks>
public sealed record RateCard
{
    private readonly WeightBreak[] breaks;

    /// <summary>Creates a rate card.</summary>
    /// <param name="name">A name for people ("Shenzhen–Hamburg LCL, forwarder X, Q4").</param>
    /// <param name="mode">The freight mode.</param>
    /// <param name="breaks">Weight breaks, at least one, all in one currency; their order does not matter.</param>
    /// <param name="divisor">The carrier's volumetric divisor; null to use the mode's default (which may be none).</param>
    /// <param name="rounding">How the carrier rounds chargeable weight.</param>
    /// <param name="basis">Whether weights are compared per carton or per shipment.</param>
    /// <param name="minimumCharge">The minimum weight charge, or null.</param>
    /// <param name="fuelSurcharge">The fuel surcharge as a percentage of the weight charge (zero or more).</param>
    /// <param name="perShipmentFee">A fixed fee per shipment, or null.</param>
    /// <param name="perCartonFee">A fixed fee per carton, or null.</param>
    /// <param name="remoteAreaSurcharge">A fixed surcharge when delivering to a remote area, or null.</param>
    /// <param name="transitTime">The quoted transit time, when known.</param>
    /// <exception cref="ArgumentException">No breaks, two breaks at the same weight, or a negative fuel surcharge or fee.</exception>
    /// <exception cref="CurrencyMismatchException">Amounts are in different currencies.</exception>
    public RateCard(
        string name,
        FreightMode mode,
        IEnumerable<WeightBreak> breaks,
        VolumetricDivisor? divisor = null,
        WeightRounding rounding = default,
        ChargeableWeightBasis basis = ChargeableWeightBasis.PerShipment,
        Money? minimumCharge = null,
        Percentage fuelSurcharge = default,
        Money? perShipmentFee = null,
        Money? perCartonFee = null,
        Money? remoteAreaSurcharge = null,
        TransitTime? transitTime = null)
    {
        Name = Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        Mode = Preconditions.CheckNotNull(mode, nameof(mode));
        Preconditions.CheckNotNull(breaks, nameof(breaks));
        var list = new List<WeightBreak>(breaks);
        Preconditions.CheckNotEmpty(list, nameof(breaks));
        foreach (WeightBreak item in list)
        {
            Preconditions.CheckNotNull(item, nameof(breaks));
        }

        list.Sort(static (a, b) => a.From.CompareTo(b.From));
        Currency = list[0].RatePerKilogram.Currency;
        for (int i = 0; i < list.Count; i++)
        {
            CheckCurrency(list[i].RatePerKilogram, nameof(breaks));
            if (i > 0 && list[i].From == list[i - 1].From)
            {
                throw new ArgumentException($"breaks has two weight breaks from {list[i].From}; give one rate per break.", nameof(breaks));
            }
        }

        this.breaks = list.ToArray();
        Divisor = divisor ?? mode.DefaultDivisor;
        Rounding = rounding;
        Basis = basis;
        MinimumCharge = CheckFee(minimumCharge, nameof(minimumCharge));
        if (fuelSurcharge.Fraction < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(fuelSurcharge), fuelSurcharge, $"fuelSurcharge was {fuelSurcharge}; it must be zero or greater.");
        }

        FuelSurcharge = fuelSurcharge;
        PerShipmentFee = CheckFee(perShipmentFee, nameof(perShipmentFee));
        PerCartonFee = CheckFee(perCartonFee, nameof(perCartonFee));
        RemoteAreaSurcharge = CheckFee(remoteAreaSurcharge, nameof(remoteAreaSurcharge));
        TransitTime = transitTime;
    }

    /// <summary>The card's name.</summary>
    public string Name { get; }

    /// <summary>The freight mode.</summary>
    public FreightMode Mode { get; }

    /// <summary>The currency of every price on the card.</summary>
    public Currency Currency { get; }

    /// <summary>The weight breaks, lightest first.</summary>
    public IReadOnlyList<WeightBreak> Breaks => breaks;

    /// <summary>The volumetric divisor, or null when the card charges actual weight only.</summary>
    public VolumetricDivisor? Divisor { get; }

    /// <summary>How chargeable weight is rounded.</summary>
    public WeightRounding Rounding { get; }

    /// <summary>Whether weights are compared per carton or per shipment.</summary>
    public ChargeableWeightBasis Basis { get; }

    /// <summary>The minimum weight charge, or null.</summary>
    public Money? MinimumCharge { get; }

    /// <summary>The fuel surcharge as a percentage of the weight charge.</summary>
    public Percentage FuelSurcharge { get; }

    /// <summary>A fixed fee per shipment, or null.</summary>
    public Money? PerShipmentFee { get; }

    /// <summary>A fixed fee per carton, or null.</summary>
    public Money? PerCartonFee { get; }

    /// <summary>A fixed remote-area surcharge, or null.</summary>
    public Money? RemoteAreaSurcharge { get; }

    /// <summary>The quoted transit time, when known.</summary>
    public TransitTime? TransitTime { get; }

    /// <summary>Quotes a shipment against the card.</summary>
    /// <param name="cartons">The cartons, at least one.</param>
    /// <param name="remoteArea">Whether the delivery address is in the carrier's remote-area list.</param>
    /// <returns>The quote with its charges.</returns>
    /// <exception cref="ArgumentException"><paramref name="cartons"/> is null or empty.</exception>
    public FreightQuote Quote(IReadOnlyList<Carton> cartons, bool remoteArea = false)
    {
        ChargeableWeight weight = ChargeableWeight.Of(cartons, Divisor, Rounding, Basis);
        decimal kg = weight.Chargeable.Kilograms;
        WeightBreak applied = breaks[0];
        for (int i = 1; i < breaks.Length && breaks[i].From.Kilograms <= kg; i++)
        {
            applied = breaks[i];
        }

        var charges = new List<FreightCharge>(6);
        Money weightCharge = RoundFee(applied.RatePerKilogram * kg);
        Money baseCharge = weightCharge;
        if (MinimumCharge is { } minimum && minimum > weightCharge)
        {
            baseCharge = minimum;
            charges.Add(new FreightCharge(FreightChargeKind.Minimum, $"minimum charge {minimum} (weight charge {Format(kg)} kg × {applied.RatePerKilogram}/kg = {weightCharge} is lower)", minimum));
        }
        else
        {
            charges.Add(new FreightCharge(FreightChargeKind.Weight, $"{Format(kg)} kg chargeable × {applied.RatePerKilogram}/kg (break from {applied.From.ToString(null, CultureInfo.InvariantCulture)})", weightCharge));
        }

        if (FuelSurcharge.Fraction > 0m)
        {
            charges.Add(new FreightCharge(FreightChargeKind.FuelSurcharge, $"fuel surcharge {FuelSurcharge} of {baseCharge}", RoundFee(baseCharge * FuelSurcharge)));
        }

        if (PerShipmentFee is { } perShipment)
        {
            charges.Add(new FreightCharge(FreightChargeKind.PerShipment, "fee per shipment", perShipment));
        }

        if (PerCartonFee is { } perCarton)
        {
            int count = 0;
            foreach (Carton c in cartons)
            {
                count += c.Count;
            }

            charges.Add(new FreightCharge(FreightChargeKind.PerCarton, $"{count.ToString(CultureInfo.InvariantCulture)} cartons × {perCarton}", perCarton * count));
        }

        if (remoteArea && RemoteAreaSurcharge is { } remote)
        {
            charges.Add(new FreightCharge(FreightChargeKind.RemoteArea, "remote-area surcharge", remote));
        }

        return new FreightQuote(Mode, charges, weight, Name);
    }

    private static Money RoundFee(Money amount) => amount.Round(RoundingMode.HalfAwayFromZero);

    private static string Format(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private Money? CheckFee(Money? fee, string paramName)
    {
        if (fee is not { } value)
        {
            return null;
        }

        CheckCurrency(value, paramName);
        if (value.IsNegative)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} was {value}; it must be zero or greater.");
        }

        return value;
    }

    private void CheckCurrency(Money amount, string paramName)
    {
        if (amount.Currency != Currency)
        {
            throw new CurrencyMismatchException(Currency, amount.Currency, paramName);
        }
    }
}
