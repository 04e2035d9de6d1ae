using System;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>
/// Average daily demand (sales velocity) and its day-to-day variability, measured over a window of history or supplied by the user,
/// each with its explanation.
/// </summary>
/// <remarks>Immutable. Obtain one from <see cref="DemandHistory.Velocity(int)"/> or <see cref="Given"/>.</remarks>
public sealed record DemandEstimate
{
    private DemandEstimate(PlanFigure velocity, PlanFigure variability, DateInterval? window, int daysUsed, int stockOutDaysExcluded)
    {
        Velocity = velocity;
        Variability = variability;
        Window = window;
        DaysUsed = daysUsed;
        StockOutDaysExcluded = stockOutDaysExcluded;
    }

    /// <summary>Average units sold per in-stock day (d), with its explanation.</summary>
    public PlanFigure Velocity { get; }

    /// <summary>Standard deviation of daily units on in-stock days (σd), with its explanation.</summary>
    public PlanFigure Variability { get; }

    /// <summary>Average units per day.</summary>
    public decimal AverageDailyUnits => Velocity.Value;

    /// <summary>Standard deviation of daily units.</summary>
    public decimal StandardDeviation => Variability.Value;

    /// <summary>The days of history measured, or <see langword="null"/> for a user-supplied estimate.</summary>
    public DateInterval? Window { get; }

    /// <summary>In-stock days used.</summary>
    public int DaysUsed { get; }

    /// <summary>Stock-out days left out of the window.</summary>
    public int StockOutDaysExcluded { get; }

    /// <summary>Coefficient of variation σd ÷ d (zero when d is zero).</summary>
    public decimal CoefficientOfVariation => AverageDailyUnits == 0m ? 0m : StandardDeviation / AverageDailyUnits;

    /// <summary>A user-supplied estimate (for a new product, or a forecast from elsewhere).</summary>
    /// <param name="averageDailyUnits">Average units per day, zero or more.</param>
    /// <param name="standardDeviation">Standard deviation of daily units, zero or more.</param>
    /// <param name="basis">Where the figures come from, shown in the explanation (for example <c>supplier forecast</c>).</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="basis"/> is null.</exception>
    public static DemandEstimate Given(decimal averageDailyUnits, decimal standardDeviation, string basis = "given by the user")
    {
        Preconditions.CheckNonNegative(averageDailyUnits, nameof(averageDailyUnits));
        Preconditions.CheckNonNegative(standardDeviation, nameof(standardDeviation));
        Preconditions.CheckNotNull(basis, nameof(basis));
        return new DemandEstimate(
            new PlanFigure("velocity", averageDailyUnits, "units/day", "d " + basis, InventoryMath.F4(averageDailyUnits)),
            new PlanFigure("demand variability", standardDeviation, "units/day", "σd " + basis, InventoryMath.F4(standardDeviation)),
            null,
            0,
            0);
    }

    internal static DemandEstimate Measured(DateInterval window, int requestedDays, int n, long sum, long sumOfSquares, int excluded)
    {
        decimal mean = (decimal)sum / n;
        decimal sigma = 0m;
        string sigmaRule;
        if (n > 1)
        {
            // Sample variance (n − 1), exact in integers: (nΣx² − (Σx)²) ÷ (n(n − 1)).
            decimal variance = ((decimal)n * sumOfSquares - ((decimal)sum * sum)) / ((decimal)n * (n - 1));
            sigma = InventoryMath.Sqrt(variance);
            sigmaRule = "σd = sample standard deviation of daily units on in-stock days";
        }
        else
        {
            sigmaRule = "σd = 0: only one in-stock day, variability cannot be measured";
        }

        // The explanation texts are built on first read from these inputs (planning 10,000 SKUs formats none of them).
        var m = new Measurement(window, requestedDays, n, sum, sumOfSquares, excluded, mean, sigma);
        return new DemandEstimate(
            new PlanFigure("velocity", mean, "units/day", "d = units sold ÷ in-stock days in the window (moving average, stock-out days excluded)", m, static s => ((Measurement)s).VelocityText()),
            new PlanFigure("demand variability", sigma, "units/day", sigmaRule, m, static s => ((Measurement)s).SigmaText()),
            window,
            n,
            excluded);
    }

    private sealed class Measurement(DateInterval window, int requestedDays, int n, long sum, long sumOfSquares, int excluded, decimal mean, decimal sigma)
    {
        internal string VelocityText()
        {
            string span = IsoDate.Format(window.Start) + ".." + IsoDate.Format(window.End);
            string windowText = requestedDays == window.Length
                ? InventoryMath.I(requestedDays) + "-day window " + span
                : InventoryMath.I(requestedDays) + "-day window shortened to the " + InventoryMath.I(window.Length) + " days of history " + span;
            return InventoryMath.I((int)Math.Min(sum, int.MaxValue)) + " units ÷ " + InventoryMath.I(n) + " in-stock days (" + windowText + ", " +
                InventoryMath.I(excluded) + " stock-out days excluded) = " + InventoryMath.F4(mean);
        }

        internal string SigmaText() =>
            "Σx = " + sum.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", Σx² = " +
            sumOfSquares.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", n = " + InventoryMath.I(n) + " → " + InventoryMath.F4(sigma);
    }
}
