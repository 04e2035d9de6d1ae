namespace CrossBorder.Domain.Kpis;

/// <summary>
/// Marks the row types the KPI engine aggregates (<see cref="OrderLine"/>, <see cref="Refund"/>, <see cref="FeeCharge"/>,
/// <see cref="AdvertisingDay"/>, <see cref="InventorySnapshot"/>, <see cref="Review"/>, <see cref="TrafficDay"/>), so that
/// <see cref="KpiAggregation"/> takes any of them through one generic method without boxing.
/// </summary>
/// <remarks>Implemented by the library's row structs only; other implementations are rejected at run time.</remarks>
#pragma warning disable CA1040 // A marker interface is the point: it constrains the generic Add methods to the ledger rows.
public interface ILedgerRow
#pragma warning restore CA1040
{
}
