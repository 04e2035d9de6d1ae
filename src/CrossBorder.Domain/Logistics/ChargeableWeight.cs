using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;

namespace CrossBorder.Domain.Logistics;

/// <summary>
/// The weight a carrier charges: the greater of actual and volumetric weight, rounded up to the carrier's step, with the figures
/// that led to it.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.ChargeableWeightJsonConverter))]
public readonly struct ChargeableWeight : IEquatable<ChargeableWeight>
{
    internal ChargeableWeight(Mass actual, Mass volumetric, Mass chargeable)
    {
        Actual = actual;
        Volumetric = volumetric;
        Chargeable = chargeable;
    }

    /// <summary>The total actual (gross) weight.</summary>
    public Mass Actual { get; }

    /// <summary>The total volumetric weight (zero when the carrier charges actual weight only).</summary>
    public Mass Volumetric { get; }

    /// <summary>The weight charged, after comparison and rounding.</summary>
    public Mass Chargeable { get; }

    /// <summary>Whether the volume, not the actual weight, decided the charge.</summary>
    public bool IsVolumetric => Volumetric > Actual;

    /// <summary>Computes the chargeable weight of a shipment.</summary>
    /// <param name="cartons">The cartons, at least one.</param>
    /// <param name="divisor">The carrier's volumetric divisor, or null when the carrier charges actual weight only.</param>
    /// <param name="rounding">The carrier's rounding step.</param>
    /// <param name="basis">Whether weights are compared and rounded per carton or per shipment.</param>
    /// <returns>The chargeable weight.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cartons"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cartons"/> is empty.</exception>
    public static ChargeableWeight Of(IReadOnlyList<Carton> cartons, VolumetricDivisor? divisor, WeightRounding rounding, ChargeableWeightBasis basis = ChargeableWeightBasis.PerShipment)
    {
        Preconditions.CheckNotEmpty(cartons, nameof(cartons));
        decimal actualKg = 0m;
        decimal volumetricKg = 0m;
        decimal chargeableKg = 0m;
        for (int i = 0; i < cartons.Count; i++)
        {
            Carton carton = cartons[i] ?? throw new ArgumentNullException(nameof(cartons), $"cartons[{i.ToString(CultureInfo.InvariantCulture)}] is null.");
            decimal a = carton.GrossWeight.Kilograms;
            decimal v = divisor is { } d ? d.VolumetricWeight(carton.Dimensions).Kilograms : 0m;
            actualKg += a * carton.Count;
            volumetricKg += v * carton.Count;
            if (basis == ChargeableWeightBasis.PerCarton)
            {
                chargeableKg += rounding.Apply(Mass.FromKilograms(Math.Max(a, v))).Kilograms * carton.Count;
            }
        }

        if (basis == ChargeableWeightBasis.PerShipment)
        {
            chargeableKg = rounding.Apply(Mass.FromKilograms(Math.Max(actualKg, volumetricKg))).Kilograms;
        }

        return new ChargeableWeight(Mass.FromKilograms(actualKg), Mass.FromKilograms(volumetricKg), Mass.FromKilograms(chargeableKg));
    }

    /// <inheritdoc />
    public bool Equals(ChargeableWeight other) => Actual == other.Actual && Volumetric == other.Volumetric && Chargeable == other.Chargeable;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ChargeableWeight other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Actual, Volumetric, Chargeable);

    /// <summary>Whether two results are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ChargeableWeight left, ChargeableWeight right) => left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ChargeableWeight left, ChargeableWeight right) => !left.Equals(right);

    /// <summary>"12.5 kg chargeable (actual 10 kg, volumetric 12.1 kg)".</summary>
    /// <returns>The result for people.</returns>
    public override string ToString() =>
        $"{Chargeable.ToString(null, CultureInfo.InvariantCulture)} chargeable (actual {Actual.ToString(null, CultureInfo.InvariantCulture)}, volumetric {Volumetric.ToString(null, CultureInfo.InvariantCulture)})";
}
