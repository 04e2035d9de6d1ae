using CrossBorder.Domain.Kpis;

namespace CrossBorder.Domain.Serialization;

/// <summary>The JSON model of <see cref="RowRejections"/>: ledger rows the KPI engine did not count, in total and by reason.</summary>
/// <param name="Total">All rejected rows.</param>
/// <param name="OutsideRange">Rows outside the query's date range.</param>
/// <param name="NoExchangeRate">Rows whose currency had no exchange rate on the row's date.</param>
/// <param name="UnknownKey">Rows with a marketplace, SKU or campaign key the ledger does not know.</param>
/// <param name="NoTimeZone">Rows whose marketplace has no time zone to place them on a local date.</param>
/// <param name="NoMarket">Rows whose marketplace has no market to group by.</param>
public sealed record RowRejectionsJson(long Total, long OutsideRange, long NoExchangeRate, long UnknownKey, long NoTimeZone, long NoMarket)
{
    /// <summary>The model of <paramref name="rejections"/>.</summary>
    /// <param name="rejections">The rejections.</param>
    /// <returns>The model.</returns>
    public static RowRejectionsJson From(RowRejections rejections)
    {
        Internal.Preconditions.CheckNotNull(rejections, nameof(rejections));
        return new RowRejectionsJson(
            rejections.Total,
            rejections.Count(RejectionReason.OutsideRange),
            rejections.Count(RejectionReason.NoExchangeRate),
            rejections.Count(RejectionReason.UnknownKey),
            rejections.Count(RejectionReason.NoTimeZone),
            rejections.Count(RejectionReason.NoMarket));
    }
}
