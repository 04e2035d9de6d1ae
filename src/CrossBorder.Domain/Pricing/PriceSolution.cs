using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>The price solver's answer: the lowest price reaching a target, or why none does. Immutable.</summary>
public sealed class PriceSolution
{
    internal PriceSolution(PriceTarget target, PriceEnding ending, Money? minimum, UnitEconomics? economics, string? reason)
    {
        Target = target;
        Ending = ending;
        MinimumPrice = minimum;
        Economics = economics;
        Reason = reason;
    }

    /// <summary>The target.</summary>
    public PriceTarget Target { get; }

    /// <summary>The price-ending convention applied.</summary>
    public PriceEnding Ending { get; }

    /// <summary>Whether some price reaches the target.</summary>
    public bool IsReachable => Economics is not null;

    /// <summary>The lowest price in minor units that reaches the target (before the ending convention), or null.</summary>
    public Money? MinimumPrice { get; }

    /// <summary>The recommended price: the lowest price with the ending that reaches the target, or null.</summary>
    public Money? Price => Economics?.Price;

    /// <summary>The unit economics at <see cref="Price"/>, or null.</summary>
    public UnitEconomics? Economics { get; }

    /// <summary>Why no price reaches the target, or null when one does.</summary>
    public string? Reason { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        IsReachable ? System.FormattableString.Invariant($"{Target}: {Price} (minimum {MinimumPrice}), {Economics}") : System.FormattableString.Invariant($"{Target}: no price reaches it — {Reason}");
}
