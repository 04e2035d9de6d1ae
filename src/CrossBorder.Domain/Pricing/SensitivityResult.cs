using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>How much profit moves when one driver moves up and down by the same relative amount. Immutable.</summary>
public sealed record SensitivityResult
{
    internal SensitivityResult(CostDriver driver, Money deltaUp, Money deltaDown, int unitsPerMonth)
    {
        Driver = driver;
        ProfitDeltaUp = deltaUp;
        ProfitDeltaDown = deltaDown;
        MonthlyDeltaUp = deltaUp * unitsPerMonth;
        MonthlyDeltaDown = deltaDown * unitsPerMonth;
    }

    /// <summary>The driver.</summary>
    public CostDriver Driver { get; }

    /// <summary>Change in net profit per unit when the driver rises.</summary>
    public Money ProfitDeltaUp { get; }

    /// <summary>Change in net profit per unit when the driver falls.</summary>
    public Money ProfitDeltaDown { get; }

    /// <summary>Change in monthly profit when the driver rises.</summary>
    public Money MonthlyDeltaUp { get; }

    /// <summary>Change in monthly profit when the driver falls.</summary>
    public Money MonthlyDeltaDown { get; }

    /// <summary>The width of the tornado bar: |up − down| per unit.</summary>
    public Money Swing => (ProfitDeltaUp - ProfitDeltaDown).Abs();
}
