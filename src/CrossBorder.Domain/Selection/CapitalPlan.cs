using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// The start-up capital plan of a <see cref="LaunchCase"/> under one <see cref="LaunchModel"/>, from
/// <see cref="StartupCapitalPlanner.Plan"/>: a day-by-day cash simulation aggregated into calendar months, starting from a zero
/// balance, so that a negative balance is cash the launch needs. Every figure is explained: months by category, categories by
/// dated <see cref="Events"/>, guesses in <see cref="Assumptions"/>. Immutable.
/// </summary>
public sealed record CapitalPlan
{
    internal CapitalPlan(LaunchCase launch, LaunchModel model, LocalDate launchDate, IReadOnlyList<CapitalPlanMonth> months, IReadOnlyList<CashEvent> events, Money peakCashRequirement, LocalDate? peakDate, YearMonth? breakEvenMonth, CashConversionCycle? cashConversionCycle, decimal unitsSold, IReadOnlyList<string> assumptions)
    {
        Launch = launch;
        Model = model;
        LaunchDate = launchDate;
        Months = months;
        Events = events;
        PeakCashRequirement = peakCashRequirement;
        PeakDate = peakDate;
        BreakEvenMonth = breakEvenMonth;
        CashConversionCycle = cashConversionCycle;
        UnitsSold = unitsSold;
        Assumptions = assumptions;
    }

    /// <summary>The launch planned.</summary>
    public LaunchCase Launch { get; }

    /// <summary>The launch model.</summary>
    public LaunchModel Model { get; }

    /// <summary>The first day of sales: after the certificates are ready and, for brand stocking, when the first order is available.</summary>
    public LocalDate LaunchDate { get; }

    /// <summary>The months, first to last.</summary>
    public IReadOnlyList<CapitalPlanMonth> Months { get; }

    /// <summary>Every cash movement, in date order (then category, then SKU).</summary>
    public IReadOnlyList<CashEvent> Events { get; }

    /// <summary>The cash the launch needs: the deepest end-of-day balance below zero, as a positive amount (zero if the balance never goes below zero).</summary>
    public Money PeakCashRequirement { get; }

    /// <summary>The first day the balance reaches its lowest point, or <c>null</c> when it never goes below zero.</summary>
    public LocalDate? PeakDate { get; }

    /// <summary>
    /// The month from which the launch has paid back all the cash it used: the first month whose closing balance, and every later
    /// month's, is at least zero. <c>null</c> when the last month still closes below zero (no break-even within the horizon).
    /// </summary>
    public YearMonth? BreakEvenMonth { get; }

    /// <summary>The cash conversion cycle, or <c>null</c> when no unit is sold within the horizon.</summary>
    public CashConversionCycle? CashConversionCycle { get; }

    /// <summary>Units sold within the horizon (expected value).</summary>
    public decimal UnitsSold { get; }

    /// <summary>The inputs that are guesses or conventions, stated so that a reader can challenge them.</summary>
    public IReadOnlyList<string> Assumptions { get; }

    /// <summary>The plan as a readable month table, with the peak, break-even, cash conversion cycle and assumptions.</summary>
    /// <returns>Multi-line text (invariant culture).</returns>
    public string Explain()
    {
        var sb = new StringBuilder();
        string code = Launch.Currency.Code;
        sb.Append(Model.Name).Append(" — ").Append(Launch.Skus.Count.ToString(CultureInfo.InvariantCulture)).Append(" SKU(s), launch ")
            .Append(LaunchDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(", amounts in ").Append(code).AppendLine();
        sb.AppendLine("Month      Units      Opening     Inflows    Outflows     Closing   Largest outflow");
        foreach (CapitalPlanMonth m in Months)
        {
            CashFlowLine? largest = m.Outflows.OrderByDescending(l => l.Amount.Amount).ThenBy(l => l.Category).FirstOrDefault();
            sb.Append(m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Append(' ')
                .Append(Num(m.UnitsSold, "0.#", 9)).Append(' ')
                .Append(Num(m.Opening.Amount, "0.00", 12)).Append(Num(m.TotalInflows.Amount, "0.00", 12)).Append(Num(m.TotalOutflows.Amount, "0.00", 12)).Append(Num(m.Closing.Amount, "0.00", 12))
                .Append("   ").Append(largest is null ? "-" : largest.Category + " " + largest.Amount.Amount.ToString("0.00", CultureInfo.InvariantCulture)).AppendLine();
        }

        sb.Append("Peak cash requirement: ").Append(PeakCashRequirement.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append(' ').Append(code)
            .Append(PeakDate is LocalDate d ? " on " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty).AppendLine();
        sb.Append("Break-even month: ").Append(BreakEvenMonth is YearMonth b ? b.ToString("yyyy-MM", CultureInfo.InvariantCulture) : "not within the horizon").AppendLine();
        sb.Append("Cash conversion cycle: ").Append(CashConversionCycle?.ToString() ?? "n/a (nothing sold)").AppendLine();
        foreach (string a in Assumptions)
        {
            sb.Append("  assumption: ").AppendLine(a);
        }

        return sb.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        FormattableString.Invariant($"{Model.Name}: peak cash requirement {PeakCashRequirement}, break-even {(BreakEvenMonth is YearMonth b ? b.ToString("yyyy-MM", CultureInfo.InvariantCulture) : "not within the horizon")}");

    private static string Num(decimal value, string format, int width) => value.ToString(format, CultureInfo.InvariantCulture).PadLeft(width);
}
