using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Logistics;

/// <summary>The price of moving one shipment on one mode, with the charges that make it up.</summary>
/// <remarks>Produced by <see cref="RateCard.Quote"/>, or entered by hand with <see cref="Fixed"/> when a forwarder quoted a lump sum.</remarks>
public sealed record FreightQuote
{
    /// <summary>Creates a quote from its charges.</summary>
    /// <param name="mode">The freight mode.</param>
    /// <param name="charges">The charges, at least one, all in one currency.</param>
    /// <param name="chargeableWeight">The chargeable weight the quote was priced on, when known.</param>
    /// <param name="rateCardName">The rate card used, or a description of the quote.</param>
    /// <exception cref="ArgumentNullException"><paramref name="charges"/> or one of its charges is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="charges"/> is empty.</exception>
    /// <exception cref="CurrencyMismatchException">The charges are in different currencies.</exception>
    public FreightQuote(FreightMode mode, IReadOnlyList<FreightCharge> charges, ChargeableWeight? chargeableWeight, string rateCardName)
    {
        Mode = Preconditions.CheckNotNull(mode, nameof(mode));
        Preconditions.CheckNotEmpty(charges, nameof(charges));
        var copy = new FreightCharge[charges.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = charges[i] ?? throw new ArgumentNullException(nameof(charges), $"charges[{i.ToString(CultureInfo.InvariantCulture)}] is null; every charge must be given.");
        }

        Money total = Money.Zero(copy[0].Amount.Currency);
        foreach (FreightCharge charge in copy)
        {
            total += charge.Amount;
        }

        Charges = copy;
        Total = total;
        ChargeableWeight = chargeableWeight;
        RateCardName = Preconditions.CheckNotNull(rateCardName, nameof(rateCardName));
    }

    /// <summary>The freight mode.</summary>
    public FreightMode Mode { get; }

    /// <summary>The charges, in the order they were computed.</summary>
    public IReadOnlyList<FreightCharge> Charges { get; }

    /// <summary>The sum of the charges.</summary>
    public Money Total { get; }

    /// <summary>The chargeable weight the quote was priced on, when known.</summary>
    public ChargeableWeight? ChargeableWeight { get; }

    /// <summary>The rate card used, or a description of a hand-entered quote.</summary>
    public string RateCardName { get; }

    /// <summary>A lump-sum quote entered by hand (for example a forwarder's all-in price for a container).</summary>
    /// <param name="mode">The freight mode.</param>
    /// <param name="amount">The amount, zero or more.</param>
    /// <param name="description">Where the figure comes from.</param>
    /// <returns>The quote.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public static FreightQuote Fixed(FreightMode mode, Money amount, string description)
    {
        if (amount.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"amount was {amount}; a freight quote cannot be negative.");
        }

        return new FreightQuote(mode, new[] { new FreightCharge(FreightChargeKind.Other, description, amount) }, null, description);
    }
}
