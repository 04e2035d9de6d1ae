using System;
using System.Globalization;

namespace CrossBorder.Domain.Inventory;

/// <summary>The standard normal distribution's quantile function (inverse cumulative distribution), used to turn a service level into a safety factor z.</summary>
/// <remarks>
/// <para>Algorithm: Peter J. Acklam, "An algorithm for computing the inverse normal cumulative distribution function" (2003): rational
/// approximations on a central region (0.02425 ≤ p ≤ 0.97575) and two tails, relative error below 1.15 × 10⁻⁹ over (0, 1). No refinement
/// step is applied. Known quantiles checked in the tests: z(0.95) = 1.6448536…, z(0.975) = 1.9599640…, z(0.99) = 2.3263479….</para>
/// <para>Pure and thread-safe.</para>
/// </remarks>
public static class StandardNormal
{
    private const double PLow = 0.02425;
    private const double PHigh = 1 - PLow;

    private static readonly double[] A =
    {
        -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00,
    };

    private static readonly double[] B =
    {
        -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01,
    };

    private static readonly double[] C =
    {
        -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00,
    };

    private static readonly double[] D =
    {
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00,
    };

    /// <summary>The value z such that a standard normal variable is below z with probability <paramref name="probability"/>.</summary>
    /// <param name="probability">The probability, strictly between 0 and 1.</param>
    /// <returns>The quantile z; 0 for 0.5, about 1.6449 for 0.95.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is not strictly between 0 and 1 (or is NaN).</exception>
    public static double InverseCumulative(double probability)
    {
        if (!(probability > 0d && probability < 1d))
        {
            throw new ArgumentOutOfRangeException(
                nameof(probability),
                probability,
                $"probability was {probability.ToString("R", CultureInfo.InvariantCulture)}; it must be strictly between 0 and 1.");
        }

        double q, r;
        if (probability < PLow)
        {
            q = Math.Sqrt(-2 * Math.Log(probability));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
                   ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }

        if (probability <= PHigh)
        {
            q = probability - 0.5;
            r = q * q;
            return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q /
                   (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
        }

        q = Math.Sqrt(-2 * Math.Log(1 - probability));
        return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
               ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
}
