using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Pricing;

/// <summary>
/// One SKU in one marketplace on one date, with every fee record resolved: gives the unit economics at a price
/// (<see cref="At"/>), the lowest price reaching a target (<see cref="Solve"/>) and the break-even price. Immutable and
/// thread-safe; evaluating a price does not look anything up.
/// </summary>
/// <remarks>
/// <para>Fees are rounded to the currency's minor unit (half away from zero), as marketplaces invoice them; VAT in a
/// VAT-inclusive price is rounded the same way. Expected values (storage, returns, advertising) are not rounded. The net
/// profit line is what remains, so the lines sum exactly to the price.</para>
/// <para>The solver: profit is piecewise linear in the price between breakpoints (fee band bounds, where a minimum fee
/// stops binding, the low-price FBA threshold). Segments are scanned from the lowest price up; on each, the linear profit
/// gives the candidate price, which is then checked exactly (with fee rounding) in minor units, moving up until the target
/// is reached and down while it still is. The first segment with a solution holds the true minimum.</para>
/// </remarks>
public sealed partial class ListingModel
{
    private readonly SellingFee[] fees;
    private readonly decimal[] feeBaseFactor;
    private readonly Provenance feeProvenance;
    private readonly decimal vat;
    private readonly decimal salesTax;
    private readonly bool includeVat;
    private readonly FbaPriceBand[] fulfilmentBands = { FbaPriceBand.Any };
    private readonly decimal[] fulfilmentByBand = { 0m };
    private readonly Provenance? fulfilmentProvenance;
    private readonly string? fulfilmentRule;
    private readonly decimal storage;
    private readonly Provenance? storageProvenance;
    private readonly string? storageRule;
    private readonly decimal landed;
    private readonly decimal returnRate;
    private readonly decimal unsellable;
    private readonly decimal returnShipping;
    private readonly decimal feesNotRefunded;
    private readonly decimal tacos;
    private readonly decimal paymentRate;
    private readonly decimal paymentFixed;
    private readonly int decimals;
    private readonly decimal minor;
    private readonly decimal[] breakpoints;
    private readonly (decimal A, decimal B, decimal NetA, decimal NetB)[] segments;
    private readonly string[] feeRules;
    private readonly string vatRule;
    private readonly string?[] fulfilmentRules = { null };
    private readonly string landedRule;
    private readonly string returnsRule;
    private readonly string paymentRule;
    private readonly string adsRule;
    private readonly int lineCount;

    internal ListingModel(PricingEngine engine, SaleContext sale, ListingInput listing)
    {
        Engine = engine;
        Sale = sale;
        Listing = listing;
        Currency currency = sale.Currency;
        Schedule = engine.FeeSchedules.Get(sale.Marketplace, listing.Category, sale.Date, nameof(sale), "category");
        if (Schedule.Currency != currency)
        {
            throw new CurrencyMismatchException(Schedule.Currency, currency, nameof(sale));
        }

        CheckCurrency(listing.LandedCost.Amount, currency, nameof(listing));
        decimals = currency.MinorUnits ?? 2;
        minor = 1m / DecimalMath.Pow10(decimals);
        includeVat = sale.PricesIncludeVat;
        vat = sale.VatRate.Fraction;
        salesTax = sale.SalesTaxRate.Fraction;
        fees = new SellingFee[Schedule.Fees.Count];
        feeBaseFactor = new decimal[fees.Length];
        for (int i = 0; i < fees.Length; i++)
        {
            fees[i] = Schedule.Fees[i];
            feeBaseFactor[i] = fees[i].Base == FeeBase.PriceIncludingTax
                ? (includeVat ? 1m + salesTax : (1m + vat) * (1m + salesTax))
                : (includeVat ? 1m / (1m + vat) : 1m);
        }

        feeProvenance = Provenance.Of(MarketplaceFeeSchedules.TableName, sale.Marketplace.Value + "/" + listing.Category, Schedule, sale.Date);

        Fulfilment f = listing.Fulfilment;
        if (f.IsByAmazon)
        {
            FbaSizeClassification c = engine.Fba.Classify(sale.Marketplace, f.Dimensions, f.UnitWeight, sale.Date);
            SizeClassification = c;
            FbaFulfilmentFeeCard card = engine.Fba.GetCard(sale.Marketplace, c.Tier.Name, sale.Date);
            if (card.Currency != currency)
            {
                throw new CurrencyMismatchException(card.Currency, currency, nameof(sale));
            }

            int bandCount = card.PriceBands.Count;
            fulfilmentBands = new FbaPriceBand[bandCount];
            fulfilmentByBand = new decimal[bandCount];
            for (int k = 0; k < bandCount; k++)
            {
                fulfilmentBands[k] = card.PriceBands[k];
                fulfilmentByBand[k] = card.FeeAt(k, c.ShippingWeight)
                    ?? throw new FbaNotEligibleException($"Shipping weight {c.ShippingWeight} is beyond the {c.Tier.Name} fee card of '{sale.Marketplace}'.", nameof(listing));
            }

            fulfilmentProvenance = Provenance.Of(engine.Fba.CardTable, sale.Marketplace.Value + "/" + card.Tier, card, sale.Date);
            Measures.Mass shown = c.ShippingWeight.ConvertTo(card.WeightUnit);
            fulfilmentRule = c.Tier.Name + " at shipping weight " + new Measures.Mass(decimal.Round(shown.Value, 4, MidpointRounding.AwayFromZero), shown.Unit).ToString(null, CultureInfo.InvariantCulture); // display only: the fee used the exact weight

            FbaStorageRate rate = engine.Fba.GetStorageRate(sale.Marketplace, c.Tier.StorageClass, sale.Date);
            int days = Preconditions.CheckNonNegative(listing.DaysInStock, nameof(listing.DaysInStock));
            decimal volume = f.Dimensions.Volume.In(rate.VolumeUnit);
            int daysInMonth = CalendarSystem.Iso.GetDaysInMonth(sale.Date.Year, sale.Date.Month);
            // An expected cost per unit: kept to 8 decimals (far below any minor unit) so later arithmetic stays short.
            storage = Math.Round(volume * rate.MonthlyRate(sale.Date) * days / daysInMonth, 8, MidpointRounding.AwayFromZero);
            storageProvenance = Provenance.Of(engine.Fba.StorageTable, sale.Marketplace.Value + "/" + rate.StorageClass, rate, sale.Date);
            storageRule = Preconditions.Format(Math.Round(volume, 4)) + " " + UnitFactors.Symbol(rate.VolumeUnit) + " × " + Preconditions.Format(rate.MonthlyRate(sale.Date)) + " per month × "
                + days.ToString(CultureInfo.InvariantCulture) + " / " + daysInMonth.ToString(CultureInfo.InvariantCulture) + " days";
        }
        else if (f.FixedCost is { } fixedCost)
        {
            CheckCurrency(fixedCost, currency, nameof(listing));
            fulfilmentByBand = new[] { fixedCost.Amount };
            fulfilmentRule = "fixed per unit (caller's input)";
        }

        landed = listing.LandedCost.Amount.Amount;
        ReturnAssumptions r = listing.Returns;
        returnRate = r.ReturnRate.Fraction;
        unsellable = r.UnsellableShare.Fraction;
        feesNotRefunded = r.SellingFeesNotRefunded.Fraction;
        if (r.ReturnShippingPerReturn is { } rs)
        {
            CheckCurrency(rs, currency, nameof(listing));
            returnShipping = rs.Amount;
        }

        tacos = listing.Advertising.Tacos.Fraction;
        foreach (PaymentCost p in listing.PaymentCosts)
        {
            paymentRate += p.Rate.Fraction;
            if (p.FixedPerUnit is { } pf)
            {
                CheckCurrency(pf, currency, nameof(listing));
                paymentFixed += pf.Amount;
            }
        }

        breakpoints = Breakpoints();
        segments = FitSegments();
        feeRules = new string[fees.Length];
        for (int i = 0; i < fees.Length; i++)
        {
            feeRules[i] = fees[i].ToString();
        }

        vatRule = Sale.VatRate + " VAT contained in the VAT-inclusive price";
        fulfilmentRules = new string?[fulfilmentBands.Length];
        for (int k = 0; k < fulfilmentBands.Length; k++)
        {
            fulfilmentRules[k] = fulfilmentBands.Length == 1 || fulfilmentRule is null
                ? fulfilmentRule
                : fulfilmentRule + ", " + fulfilmentBands[k] + (k == 0 && f.IsByAmazon && fulfilmentBands.Length == 2 && fulfilmentBands[0].Limit is { } limit && !fulfilmentBands[0].IncludesLimit && fulfilmentByBand[1] > fulfilmentByBand[0]
                    ? " (low-price FBA, " + Preconditions.Format(fulfilmentByBand[1] - fulfilmentByBand[0]) + " less)"
                    : string.Empty);
        }
        landedRule = Listing.LandedCost.Note ?? "caller's input";
        returnsRule = ReturnsRule();
        paymentRule = PaymentRule();
        adsRule = "TACoS " + Listing.Advertising.Tacos + " of the price";
        lineCount = (includeVat ? 1 : 0) + fees.Length + (HasFulfilmentLine ? 1 : 0) + (storageRule is null ? 0 : 1) + 1
            + (returnRate != 0m ? 1 : 0) + (HasPaymentLine ? 1 : 0) + (tacos != 0m ? 1 : 0) + 1;
    }

    private int FulfilmentBand(decimal price)
    {
        // Stryker disable once Arithmetic : the last band of every card admits any price (the card constructor enforces it), so the loop returns before k reaches the end.
        int last = fulfilmentBands.Length - 1;
        // Stryker disable once Equality : the last band admits any price, so testing it in the loop returns the same index as falling through.
        for (int k = 0; k < last; k++)
        {
            if (fulfilmentBands[k].Admits(price))
            {
                return k;
            }
        }

        return last;
    }

    private bool HasFulfilmentLine => Listing.Fulfilment.IsByAmazon || Listing.Fulfilment.FixedCost is not null;

    private bool HasPaymentLine => paymentRate != 0m || paymentFixed != 0m;

    /// <summary>The engine (data) the model was made from.</summary>
    public PricingEngine Engine { get; }

    /// <summary>The sale context.</summary>
    public SaleContext Sale { get; }

    /// <summary>The listing input.</summary>
    public ListingInput Listing { get; }

    /// <summary>The fee schedule in force.</summary>
    public MarketplaceFeeSchedule Schedule { get; }

    /// <summary>The FBA size classification, or null when not fulfilled by Amazon.</summary>
    public FbaSizeClassification? SizeClassification { get; }

    /// <summary>The unit economics at a listing price.</summary>
    /// <param name="price">The listing price (including VAT where <see cref="SaleContext.PricesIncludeVat"/>); greater than zero.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The price is zero or negative.</exception>
    /// <exception cref="CurrencyMismatchException">The price is not in the listing currency.</exception>
    public UnitEconomics At(Money price)
    {
        CheckCurrency(price, Sale.Currency, nameof(price));
        Preconditions.CheckPositive(price.Amount, nameof(price));
        Span<decimal> feeAmounts = stackalloc decimal[fees.Length];
        Totals t = Evaluate(price.Amount, true, feeAmounts);
        return Build(price, t, feeAmounts);
    }

    /// <summary>The lowest price (in minor units, then with the ending convention) that reaches a target.</summary>
    /// <param name="target">The target.</param>
    /// <param name="ending">The price-ending convention; <see cref="PriceEnding.None"/> when null.</param>
    /// <returns>The solution, or an unreachable result with the reason.</returns>
    /// <exception cref="ArgumentException">A ROI target with zero landed cost, or a profit target in another currency.</exception>
    public PriceSolution Solve(PriceTarget target, PriceEnding? ending = null)
    {
        Preconditions.CheckNotNull(target, nameof(target));
        ending ??= PriceEnding.None;
        if (target.Kind == PriceTargetKind.ReturnOnLandedCost && landed == 0m)
        {
            throw new ArgumentException("A return-on-landed-cost target needs a landed cost above zero; use a profit target instead.", nameof(target));
        }

        if (target.Profit is { } p)
        {
            CheckCurrency(p, Sale.Currency, nameof(target));
        }

        decimal? found = SolveMinimum(target, out string? reason);
        if (found is null)
        {
            return new PriceSolution(target, ending, null, null, reason);
        }

        Money minimum = new(found.Value, Sale.Currency);
        Money candidate = ending.Apply(minimum);
        for (int i = 0; i < 200; i++)
        {
            if (candidate.Amount == found.Value || Reaches(target, candidate.Amount))
            {
                return new PriceSolution(target, ending, minimum, At(candidate), null);
            }

            candidate = ending.Next(candidate);
        }

        return new PriceSolution(target, ending, minimum, null, $"The lowest price reaching the target is {minimum}, but no price with the {ending.Name} ending within 200 steps above it reaches the target (a fee band just above it lowers profit).");
    }

    /// <summary>The break-even price: the lowest price at which net profit per unit is zero or more.</summary>
    /// <param name="ending">The price-ending convention, or null.</param>
    /// <returns>The solution.</returns>
    public PriceSolution BreakEven(PriceEnding? ending = null) => Solve(PriceTarget.BreakEven(Sale.Currency), ending);

    /// <summary>The unit economics of a promotion against the list price, and the sales uplift it needs to keep the same total profit.</summary>
    /// <param name="listPrice">The regular listing price.</param>
    /// <param name="promotion">The promotion.</param>
    /// <returns>The outcome.</returns>
    /// <remarks>Marketplace fees are charged on the promotional price; the promotion's own fees are a separate line.</remarks>
    public PromotionOutcome Promote(Money listPrice, Promotion promotion)
    {
        Preconditions.CheckNotNull(promotion, nameof(promotion));
        UnitEconomics regular = At(listPrice);
        Money promoPrice = promotion.PromotionalPrice(listPrice);
        decimal promoFees = promotion.FeesPerUnit(Sale.Currency).Amount;
        Span<decimal> feeAmounts = stackalloc decimal[fees.Length];
        Totals t = Evaluate(promoPrice.Amount, true, feeAmounts, promoFees);
        string rule = promotion.Name + ": price " + promoPrice.ToString(null, CultureInfo.InvariantCulture)
            + (promotion.FeePerUnit is { } f ? ", fee per redemption " + f.ToString(null, CultureInfo.InvariantCulture) : string.Empty)
            + (promotion.FixedFee is { } d ? ", deal fee " + d.ToString(null, CultureInfo.InvariantCulture) + " over " + promotion.ExpectedUnits.ToString(CultureInfo.InvariantCulture) + " units" : string.Empty);
        return new PromotionOutcome(promotion, regular, Build(promoPrice, t, feeAmounts, rule));
    }

    internal struct Totals
    {
        internal decimal Vat;
        internal decimal Net;
        internal decimal BuyerTotal;
        internal decimal SellingFees;
        internal decimal Fulfilment;
        internal decimal Storage;
        internal decimal Landed;
        internal decimal Returns;
        internal decimal Payment;
        internal decimal Advertising;
        internal decimal Promotion;
        internal decimal Contribution;
        internal decimal Profit;
    }

    internal Totals Evaluate(decimal price, bool round, Span<decimal> feeAmounts, decimal promotionCost = 0m)
    {
        Totals t = default;
        t.Promotion = promotionCost;
        if (includeVat)
        {
            decimal vatAmount = price - (price / (1m + vat));
            t.Vat = round ? Math.Round(vatAmount, decimals, MidpointRounding.AwayFromZero) : vatAmount;
            t.Net = price - t.Vat;
            // Stryker disable once Conditional : a fast path; with no sales tax the product is the price times one.
            t.BuyerTotal = salesTax == 0m ? price : price * (1m + salesTax);
        }
        else
        {
            t.Net = price;
            // Stryker disable once Conditional : a fast path; with no VAT and no sales tax the product is the price times one.
            t.BuyerTotal = vat == 0m && salesTax == 0m ? price : price * (1m + vat) * (1m + salesTax);
        }

        decimal sellingFees = 0m;
        for (int i = 0; i < fees.Length; i++)
        {
            SellingFee fee = fees[i];
            decimal b = fee.Base == FeeBase.PriceIncludingTax ? t.BuyerTotal : t.Net;
            decimal amount = fee.Raw(b);
            if (round)
            {
                amount = Math.Round(amount, decimals, MidpointRounding.AwayFromZero);
            }

            feeAmounts[i] = amount;
            sellingFees += amount;
        }

        t.SellingFees = sellingFees;
        t.Fulfilment = fulfilmentByBand[FulfilmentBand(price)];
        t.Storage = storage;
        t.Landed = landed;
        // Stryker disable once Conditional : a fast path; a zero return rate times the bracket is zero.
        t.Returns = returnRate == 0m ? 0m : returnRate * ((feesNotRefunded * sellingFees) + (unsellable * landed) + returnShipping);
        decimal payment = (paymentRate * t.BuyerTotal) + paymentFixed;
        t.Payment = round ? Math.Round(payment, decimals, MidpointRounding.AwayFromZero) : payment;
        t.Advertising = tacos * price;
        t.Contribution = t.Net - sellingFees - t.Fulfilment - t.Storage - t.Landed - t.Returns - t.Payment - t.Promotion;
        t.Profit = t.Contribution - t.Advertising;
        return t;
    }

    internal UnitEconomics Build(Money price, in Totals t, ReadOnlySpan<decimal> feeAmounts, string? promotionRule = null)
    {
        Currency c = price.Currency;
        var lines = new BreakdownLine[lineCount + (promotionRule is null ? 0 : 1)];
        int n = 0;
        if (includeVat)
        {
            lines[n++] = new BreakdownLine(BreakdownLineKind.Vat, "VAT", new Money(t.Vat, c), vatRule);
        }

        for (int i = 0; i < fees.Length; i++)
        {
            lines[n++] = new BreakdownLine(BreakdownLineKind.MarketplaceFee, fees[i].Name, new Money(feeAmounts[i], c), feeRules[i], feeProvenance);
        }

        if (HasFulfilmentLine)
        {
            lines[n++] = new BreakdownLine(BreakdownLineKind.Fulfilment, Listing.Fulfilment.Label, new Money(t.Fulfilment, c), fulfilmentRules[FulfilmentBand(price.Amount)], fulfilmentProvenance);
        }

        if (storageRule is not null)
        {
            lines[n++] = new BreakdownLine(BreakdownLineKind.Storage, "FBA monthly storage", new Money(t.Storage, c), storageRule, storageProvenance);
        }

        lines[n++] = new BreakdownLine(BreakdownLineKind.LandedCost, "landed cost", new Money(t.Landed, c), landedRule);
        if (returnRate != 0m)
        {
            lines[n++] = new BreakdownLine(BreakdownLineKind.Returns, "expected returns", new Money(t.Returns, c), returnsRule);
        }

        if (HasPaymentLine)
        {
            lines[n++] = new BreakdownLine(BreakdownLineKind.Payment, "payment and FX", new Money(t.Payment, c), paymentRule);
        }

        if (tacos != 0m)
        {
            lines[n++] = new BreakdownLine(BreakdownLineKind.Advertising, "advertising", new Money(t.Advertising, c), adsRule);
        }

        if (promotionRule is not null)
        {
            lines[n++] = new BreakdownLine(BreakdownLineKind.Promotion, "promotion fees", new Money(t.Promotion, c), promotionRule);
        }

        lines[n] = new BreakdownLine(BreakdownLineKind.NetProfit, "net profit", new Money(t.Profit, c), "price minus every line above");
        return new UnitEconomics(Sale, price, lines, t);
    }

    private string ReturnsRule() =>
        Listing.Returns.ReturnRate + " return rate × (" + Listing.Returns.SellingFeesNotRefunded + " of fees not refunded + " + Listing.Returns.UnsellableShare
        + " unsellable × landed cost + " + Preconditions.Format(returnShipping) + " return shipping)";

    private string PaymentRule()
    {
        var parts = new List<string>();
        foreach (PaymentCost p in Listing.PaymentCosts)
        {
            parts.Add(p.Name + " " + p.Rate + (p.FixedPerUnit is { } f ? " + " + f : string.Empty));
        }

        return string.Join("; ", parts) + " of what the buyer pays";
    }

    private static void CheckCurrency(Money money, Currency currency, string paramName)
    {
        if (money.Currency != currency)
        {
            throw new CurrencyMismatchException(currency, money.Currency, paramName);
        }
    }
}
