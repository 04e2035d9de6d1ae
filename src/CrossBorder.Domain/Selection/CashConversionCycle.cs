using System;
using System.Globalization;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// The cash conversion cycle of a <see cref="CapitalPlan"/>: <see cref="Days"/> = <see cref="DaysInventory"/> +
/// <see cref="DaysReceivable"/> − <see cref="DaysPayable"/>, each an average over the units sold in the plan (unit-weighted),
/// measured on the plan's own dates rather than from balance-sheet ratios. Immutable.
/// </summary>
public sealed record CashConversionCycle
{
    internal CashConversionCycle(decimal daysInventory, decimal daysReceivable, decimal daysPayable)
    {
        DaysInventory = daysInventory;
        DaysReceivable = daysReceivable;
        DaysPayable = daysPayable;
    }

    /// <summary>Days from owning the goods (they ship from the factory, FOB) to selling them, first in first out; 0 for dropshipping.</summary>
    public decimal DaysInventory { get; }

    /// <summary>Days from the sale to the settlement that pays it (delivery + reserve + wait for the next settlement).</summary>
    public decimal DaysReceivable { get; }

    /// <summary>Days from owning the goods to paying the supplier: negative when a deposit is paid before the goods ship; the supplier's payment terms for dropshipping.</summary>
    public decimal DaysPayable { get; }

    /// <summary>Days inventory + days receivable − days payable: how long each unit's cost is tied up before the sale pays it back.</summary>
    public decimal Days => DaysInventory + DaysReceivable - DaysPayable;

    /// <inheritdoc/>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, DaysPayable < 0m ? "{0:0.0} days = {1:0.0} inventory + {2:0.0} receivable - ({3:0.0}) payable" : "{0:0.0} days = {1:0.0} inventory + {2:0.0} receivable - {3:0.0} payable", Days, DaysInventory, DaysReceivable, DaysPayable);
}
