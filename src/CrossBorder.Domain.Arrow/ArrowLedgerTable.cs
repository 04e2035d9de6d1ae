namespace CrossBorder.Domain.Arrow;

/// <summary>Which ledger a stream of Arrow record batches holds (each ledger has its own column layout, see <c>docs/arrow.md</c>).</summary>
public enum ArrowLedgerTable
{
    /// <summary>Order lines (<see cref="Kpis.OrderLine"/>).</summary>
    OrderLines = 0,

    /// <summary>Refunds (<see cref="Kpis.Refund"/>).</summary>
    Refunds = 1,

    /// <summary>Fee charges (<see cref="Kpis.FeeCharge"/>).</summary>
    Fees = 2,

    /// <summary>Advertising campaign days (<see cref="Kpis.AdvertisingDay"/>).</summary>
    Advertising = 3,
}
