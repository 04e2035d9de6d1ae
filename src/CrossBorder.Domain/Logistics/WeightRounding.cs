using System;
using System.Globalization;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;

namespace CrossBorder.Domain.Logistics;

/// <summary>
/// How a carrier rounds the chargeable weight: up to the next step (0.5 kg for most express services, 1 kg or 1 lb for others), or not
/// at all.
/// </summary>
/// <remarks>Carriers always round up, never to nearest: a 2.01 kg parcel with 0.5 kg steps is charged as 2.5 kg. Immutable.</remarks>
public readonly struct WeightRounding : IEquatable<WeightRounding>
{
    private WeightRounding(Mass step) => Step = step;

    /// <summary>No rounding: the exact chargeable weight is used.</summary>
    public static WeightRounding None => default;

    /// <summary>The step weights are rounded up to; zero for <see cref="None"/>.</summary>
    public Mass Step { get; }

    /// <summary>Rounds up to the next whole multiple of <paramref name="step"/> (for example 0.5 kg).</summary>
    /// <param name="step">The step, greater than zero.</param>
    /// <returns>The rounding rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is zero.</exception>
    public static WeightRounding UpTo(Mass step)
    {
        if (step.Grams <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"step was {step}; a rounding step must be greater than zero (use WeightRounding.None for no rounding).");
        }

        return new WeightRounding(step);
    }

    /// <summary>Rounds <paramref name="weight"/> up to the next step, in the step's unit.</summary>
    /// <param name="weight">The weight to round.</param>
    /// <returns>The rounded weight (unchanged for <see cref="None"/>).</returns>
    public Mass Apply(Mass weight)
    {
        if (Step.Value == 0m)
        {
            return weight;
        }

        decimal steps = decimal.Ceiling(weight.In(Step.Unit) / Step.Value);
        return new Mass(steps * Step.Value, Step.Unit);
    }

    /// <inheritdoc />
    public bool Equals(WeightRounding other) => Step == other.Step;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WeightRounding other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Step.GetHashCode();

    /// <summary>Whether two rules are equal.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(WeightRounding left, WeightRounding right) => left.Equals(right);

    /// <summary>Whether two rules differ.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(WeightRounding left, WeightRounding right) => !left.Equals(right);

    /// <summary>"up to 0.5 kg" or "none".</summary>
    /// <returns>The rule for people.</returns>
    public override string ToString() => Step.Value == 0m ? "none" : "up to " + Step.ToString(null, CultureInfo.InvariantCulture);
}
