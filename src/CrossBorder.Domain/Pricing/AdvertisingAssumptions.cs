using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// Advertising cost per unit as a share of the price the buyer sees: a target TACoS (ad spend / total sales), or an ACoS
/// (ad spend / ad-attributed sales) times the ad-attributed share of sales. Immutable.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.AdvertisingAssumptionsJsonConverter))]
public sealed record AdvertisingAssumptions
{
    private readonly Percentage attributedShare;
    private readonly Percentage acos;
    private AdvertisingAssumptions(Percentage acos, Percentage attributedShare)
    {
        Acos = acos;
        AttributedShare = attributedShare;
    }

    /// <summary>No advertising.</summary>
    public static AdvertisingAssumptions None { get; } = new(Percentage.Zero, Percentage.Zero);

    /// <summary>The ACoS (for <see cref="FromTacos"/>, the TACoS with a 100% attributed share).</summary>
    public Percentage Acos
    {
        get => acos;
        init => acos = Range(value, nameof(Acos), 10m);
    }

    /// <summary>The share of sales attributed to ads.</summary>
    public Percentage AttributedShare
    {
        get => attributedShare;
        init => attributedShare = Range(value, nameof(AttributedShare), 1m);
    }

    /// <summary>Ad spend per unit of total sales: ACoS × attributed share.</summary>
    public Percentage Tacos => Percentage.FromFraction(Acos.Fraction * AttributedShare.Fraction);

    /// <summary>Advertising from a target TACoS.</summary>
    /// <param name="tacos">Ad spend / total sales; 0%–100%.</param>
    /// <returns>The assumptions.</returns>
    public static AdvertisingAssumptions FromTacos(Percentage tacos)
    {
        Preconditions.CheckInRange(tacos.Fraction, nameof(tacos), 0m, 1m);
        return new(tacos, Percentage.OneHundred);
    }

    /// <summary>Advertising from an ACoS and the ad-attributed share of sales.</summary>
    /// <param name="acos">Ad spend / ad-attributed sales; 0%–1000%.</param>
    /// <param name="attributedShare">Share of units sold through ads; 0%–100%.</param>
    /// <returns>The assumptions.</returns>
    public static AdvertisingAssumptions FromAcos(Percentage acos, Percentage attributedShare)
    {
        Preconditions.CheckInRange(acos.Fraction, nameof(acos), 0m, 10m);
        Preconditions.CheckInRange(attributedShare.Fraction, nameof(attributedShare), 0m, 1m);
        return new(acos, attributedShare);
    }

    private static Percentage Range(Percentage rate, string paramName, decimal max)
    {
        Preconditions.CheckInRange(rate.Fraction, paramName, 0m, max);
        return rate;
    }
}
