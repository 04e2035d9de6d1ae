using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Inventory;

/// <summary>The lead time a plan uses: mean days from order to sellable (L) and its standard deviation (σL), with where they come from.</summary>
/// <remarks>Immutable. Obtain one from <see cref="SupplyRoute.Estimate"/>, or create it from measured lead times.</remarks>
public sealed record LeadTimeEstimate
{
    /// <summary>Creates an estimate.</summary>
    /// <param name="meanDays">Mean days from order to sellable, zero or more.</param>
    /// <param name="standardDeviationDays">Standard deviation in days, zero or more (zero when the lead time is taken as fixed).</param>
    /// <param name="basis">Where the figures come from, shown in explanations.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A figure is negative.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="basis"/> is null.</exception>
    public LeadTimeEstimate(decimal meanDays, decimal standardDeviationDays, string basis = "given by the user")
    {
        MeanDays = Preconditions.CheckNonNegative(meanDays, nameof(meanDays));
        StandardDeviationDays = Preconditions.CheckNonNegative(standardDeviationDays, nameof(standardDeviationDays));
        Basis = Preconditions.CheckNotNull(basis, nameof(basis));
    }

    /// <summary>Mean days from order to sellable (L).</summary>
    public decimal MeanDays { get; }

    /// <summary>Standard deviation of the lead time in days (σL).</summary>
    public decimal StandardDeviationDays { get; }

    /// <summary>Where the figures come from.</summary>
    public string Basis { get; }

    /// <summary>"L = 45 days, σL = 4.04 days (route …)".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() => "L = " + InventoryMath.F(MeanDays) + " days, σL = " + InventoryMath.F(StandardDeviationDays) + " days (" + Basis + ")";
}
