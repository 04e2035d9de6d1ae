using NodaTime;

namespace CrossBorder.Domain.Inventory;

/// <summary>Projected daily demand: level × S(t) × U(t) with an outlook, the flat velocity without one.</summary>
internal readonly struct DemandCurve
{
    internal DemandCurve(decimal level, DemandOutlook? outlook)
    {
        Level = level;
        Outlook = outlook;
    }

    /// <summary>The deseasonalised level (the velocity itself without a seasonality index).</summary>
    internal decimal Level { get; }

    internal DemandOutlook? Outlook { get; }

    internal bool IsFlat => Outlook is null;

    internal decimal On(LocalDate date) => Outlook is { } o ? Level * o.SeasonalFactor(date) * o.EventMultiplier(date) : Level;
}
