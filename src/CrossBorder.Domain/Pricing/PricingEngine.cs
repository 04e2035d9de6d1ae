using System;
using System.Collections.Generic;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// Entry point of pricing: holds the fee data (marketplace fee schedules and FBA tables) and prepares a
/// <see cref="ListingModel"/> for one SKU in one marketplace on one date, which then answers unit economics, the price
/// solver, promotions and what-if questions. Immutable and thread-safe.
/// </summary>
public sealed class PricingEngine
{
    private static readonly Lazy<PricingEngine> LazyDefault = new(() => new PricingEngine(MarketplaceFeeSchedules.Default, FbaFeeTables.Default));

    /// <summary>Creates an engine over the given data.</summary>
    /// <param name="feeSchedules">Marketplace fee schedules.</param>
    /// <param name="fba">FBA size tiers, fee cards and storage rates.</param>
    public PricingEngine(MarketplaceFeeSchedules feeSchedules, FbaFeeTables fba)
    {
        FeeSchedules = Preconditions.CheckNotNull(feeSchedules, nameof(feeSchedules));
        Fba = Preconditions.CheckNotNull(fba, nameof(fba));
    }

    /// <summary>The engine over the embedded data.</summary>
    public static PricingEngine Default => LazyDefault.Value;

    /// <summary>The marketplace fee schedules in use.</summary>
    public MarketplaceFeeSchedules FeeSchedules { get; }

    /// <summary>The FBA tables in use.</summary>
    public FbaFeeTables Fba { get; }

    /// <summary>Prepares one SKU in one marketplace on one date: resolves the fee schedule, size tier, fee card and storage rate once.</summary>
    /// <param name="sale">Marketplace, date, currency and VAT treatment.</param>
    /// <param name="listing">Category, landed cost, fulfilment and assumptions.</param>
    /// <returns>The model.</returns>
    /// <exception cref="UnknownFeeCategoryException">The marketplace has no schedule for the category.</exception>
    /// <exception cref="Data.RecordNotInForceException">A fee record is not in force on the date.</exception>
    /// <exception cref="FbaNotEligibleException">The unit fits no FBA size tier.</exception>
    /// <exception cref="CurrencyMismatchException">An amount is not in the listing currency.</exception>
    public ListingModel Model(SaleContext sale, ListingInput listing)
    {
        Preconditions.CheckNotNull(sale, nameof(sale));
        Preconditions.CheckNotNull(listing, nameof(listing));
        return new ListingModel(this, sale, listing);
    }

    /// <summary>
    /// Prices one SKU in several marketplaces in one call (at given prices or at the prices targets need) and converts each
    /// net profit to a reporting currency at the rate for the sale date.
    /// </summary>
    /// <param name="offers">The offers.</param>
    /// <param name="reportingCurrency">The currency to report profit in.</param>
    /// <param name="rates">Exchange rates.</param>
    /// <returns>One row per offer, in order.</returns>
    /// <exception cref="ExchangeRateNotFoundException">A rate is missing.</exception>
    public IReadOnlyList<MarketComparisonRow> Compare(IEnumerable<MarketOffer> offers, Currency reportingCurrency, IExchangeRateProvider rates)
    {
        Preconditions.CheckNotNull(offers, nameof(offers));
        Preconditions.CheckNotNull(reportingCurrency, nameof(reportingCurrency));
        Preconditions.CheckNotNull(rates, nameof(rates));
        var rows = new List<MarketComparisonRow>();
        foreach (MarketOffer offer in offers)
        {
            Preconditions.CheckNotNull(offer, nameof(offers));
            ListingModel model = Model(offer.Sale, offer.Listing);
            UnitEconomics? economics;
            string? reason = null;
            if (offer.Price is { } price)
            {
                economics = model.At(price);
            }
            else
            {
                PriceSolution solution = model.Solve(offer.Target!, offer.Ending);
                economics = solution.Economics;
                reason = solution.Reason;
            }

            ExchangeRate? rate = null;
            Money? reporting = null;
            if (economics is not null)
            {
                if (offer.Sale.Currency == reportingCurrency)
                {
                    reporting = economics.NetProfit;
                }
                else
                {
                    rate = rates.GetRate(offer.Sale.Currency, reportingCurrency, offer.Sale.Date);
                    reporting = rate.Value.Convert(economics.NetProfit);
                }
            }

            rows.Add(new MarketComparisonRow(offer, economics, rate, reporting, reason));
        }

        return rows;
    }
}
