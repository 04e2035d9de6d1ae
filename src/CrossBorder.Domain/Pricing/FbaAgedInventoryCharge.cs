using CrossBorder.Domain.Data;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// The aged-inventory surcharge of one monthly assessment for units of one age, with the bracket and rule that decided it
/// (zero below the first bracket or for an exempt category, with the reason). Immutable.
/// </summary>
public sealed record FbaAgedInventoryCharge
{
    internal FbaAgedInventoryCharge(Money amount, int ageDays, FbaAgedInventoryRate? rate, string rule, Provenance? provenance)
    {
        Amount = amount;
        AgeDays = ageDays;
        Rate = rate;
        Rule = rule;
        Provenance = provenance;
    }

    /// <summary>The surcharge (unrounded).</summary>
    public Money Amount { get; }

    /// <summary>The inventory age in days.</summary>
    public int AgeDays { get; }

    /// <summary>The bracket applied, or null when the age is below every bracket.</summary>
    public FbaAgedInventoryRate? Rate { get; }

    /// <summary>How the amount was computed.</summary>
    public string Rule { get; }

    /// <summary>Where the bracket comes from, or null when none applied.</summary>
    public Provenance? Provenance { get; }

    /// <inheritdoc/>
    public override string ToString() => Amount + " aged-inventory surcharge: " + Rule;
}
