using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.LandedCost;

/// <summary>
/// Computes what a shipment really costs once it stands in the destination warehouse: goods, freight, insurance, on-carriage, duty
/// and additional duties, import VAT (counted only when the importer cannot recover it), fees, less export rebates — in total, per
/// line and per unit, with a breakdown tree that gives every amount its rule, rate, source and as-of date.
/// </summary>
/// <remarks>
/// <para>Pipeline: destination rules on the date → amounts converted to the destination currency at the date's rate and rounded to
/// its minor unit (as a declaration states them) → shared costs allocated to lines (exactly) → customs value per line on the
/// destination's basis → de-minimis or low-value flat duty, else duty per line from the tariff schedule (an HS code the schedule
/// lacks throws <see cref="TariffLineNotFoundException"/>; duty is never silently zero) → additional duties by origin → US MPF/HMF →
/// import VAT on the destination's base, unless relieved or collected at checkout → fees → rebates → each category converted to the
/// reporting currency once and allocated back to the lines, so totals are exact.</para>
/// <para>Duties, taxes and fees are rounded half away from zero to the minor unit, per line for duty and per declaration for VAT and fees.
/// Thread-safe; the providers must be too.</para>
/// </remarks>
public sealed partial class LandedCostCalculator
{
    private const string DutyRule = "customs value × duty rate, rounded to the minor unit";
    private const string AdditionalRule = "customs value × additional rate, rounded to the minor unit";
    private const string VatShareRule = "import VAT allocated by the line's VAT base";
    private static readonly CountryCode UnitedStates = CountryCode.Parse("US");

    private readonly IImportRulesProvider rulesProvider;
    private readonly ITariffSchedule tariff;
    private readonly IExchangeRateProvider rates;
    private readonly UsCustomsFees? usFees;

    /// <summary>Creates a calculator.</summary>
    /// <param name="rules">The destinations' import rules.</param>
    /// <param name="tariff">The tariff schedule.</param>
    /// <param name="rates">Exchange rates (the customs rate of the import date is asked for).</param>
    /// <param name="usFees">US MPF/HMF schedules applied to US imports, or null to leave them out.</param>
    public LandedCostCalculator(IImportRulesProvider rules, ITariffSchedule tariff, IExchangeRateProvider rates, UsCustomsFees? usFees = null)
    {
        rulesProvider = Preconditions.CheckNotNull(rules, nameof(rules));
        this.tariff = Preconditions.CheckNotNull(tariff, nameof(tariff));
        this.rates = Preconditions.CheckNotNull(rates, nameof(rates));
        this.usFees = usFees;
    }

    /// <summary>A calculator on the embedded samples (<see cref="ImportRulesTable.Sample"/>, <see cref="TariffSchedule.Sample"/>, <see cref="UsCustomsFees.Default"/>) — for examples and tests.</summary>
    /// <param name="rates">Exchange rates.</param>
    /// <returns>The calculator.</returns>
    public static LandedCostCalculator WithSamples(IExchangeRateProvider rates) => new(ImportRulesTable.Sample, TariffSchedule.Sample, rates, UsCustomsFees.Default);

    /// <summary>The name of <see cref="Calculate"/>'s argument, for exceptions raised deep inside a calculation.</summary>
    private static readonly string ShipmentParameter = "shipment";

    /// <summary>Computes the landed cost of a shipment.</summary>
    /// <param name="shipment">The shipment.</param>
    /// <returns>The result with its breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shipment"/> is null.</exception>
    /// <exception cref="RecordNotInForceException">No import rules (or US fees) are known for the destination on the date.</exception>
    /// <exception cref="TariffLineNotFoundException">The schedule has no line for a line's HS code.</exception>
    /// <exception cref="ExchangeRateNotFoundException">An exchange rate for the date is missing.</exception>
    /// <exception cref="ArgumentException">Transport included in the price exceeds a line's invoice value, or an allocation key is unusable.</exception>
    public LandedCostResult Calculate(Shipment shipment)
    {
        Preconditions.CheckNotNull(shipment, nameof(shipment));
        if (shipment.ReportingCurrency.MinorUnits is not null)
        {
            try
            {
                if (new FastRun(this, shipment).Execute() is { } fast)
                {
                    return fast;
                }
            }
#pragma warning disable CA1031 // Any failure of the fast path (bad input, missing data, 64-bit overflow) is reported by the reference computation.
            catch (Exception)
#pragma warning restore CA1031
            {
                // The reference computation below repeats the work and throws the documented exception in its own words.
            }
        }

        return CalculateReference(shipment);
    }

    /// <summary>
    /// The reference computation: the pipeline step by step in <see cref="Money"/>, with a closure per breakdown node. Gives exactly
    /// what the fast path gives (property-tested); used where the fast path cannot go (currencies without minor units, amounts beyond
    /// 64-bit minor units, unusable allocation keys, any error).
    /// </summary>
    internal LandedCostResult CalculateReference(Shipment shipment) => new Run(this, Preconditions.CheckNotNull(shipment, nameof(shipment))).Execute();

    private static Money Round(Money money) => money.Round(RoundingMode.HalfAwayFromZero);

    private static string Text(Money money) => money.ToString(CultureInfo.InvariantCulture);

    private static string Text(Percentage rate) => rate.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>One calculation: holds the intermediate arrays so that the steps read in order.</summary>
    private sealed class Run
    {
        private readonly LandedCostCalculator calc;
        private readonly Shipment s;
        private readonly IReadOnlyList<ShipmentLine> lines;
        private readonly int n;
        private readonly LocalDate date;
        private readonly Currency r;
        private readonly List<CostNode> categories = new(10);
        private (Currency From, Currency To, ExchangeRate Rate) lastRate;
        private Currency d = null!;
        private (HsCode Code, CountryCode Origin, TariffEntry Entry)[]? tariffRecent;
        private int tariffSeen;
        private Dictionary<(HsCode, CountryCode), TariffEntry>? tariffCache;
        private Money totalCounted;
        private Money recoverableVat;

        internal Run(LandedCostCalculator calc, Shipment shipment)
        {
            this.calc = calc;
            s = shipment;
            lines = shipment.Lines;
            n = lines.Count;
            date = shipment.Date;
            r = shipment.ReportingCurrency;
        }

        internal LandedCostResult Execute()
        {
            ImportRules rules = calc.rulesProvider.GetRules(s.Destination, date);
            d = rules.Currency;
            totalCounted = Money.Zero(r);
            recoverableVat = Money.Zero(r);
            Incoterm term = s.Incoterm;
            bool freightIncluded = term.PayerOf(CostLeg.MainCarriage) == TradeParty.Seller;
            bool insuranceIncluded = term.PayerOf(CostLeg.Insurance) == TradeParty.Seller;
            bool onCarriageIncluded = term.PayerOf(CostLeg.OnCarriage) == TradeParty.Seller;
            bool importerPaysDuties = term.PayerOf(CostLeg.ImportDutiesAndTaxes) == TradeParty.Buyer;

            // 1. Invoice values in the destination currency, as declared.
            var invoiceD = new Money[n];
            var invoiceWeights = new decimal[n];
            Money invoiceTotalD = Money.Zero(d);
            for (int i = 0; i < n; i++)
            {
                invoiceD[i] = Round(Convert(lines[i].Value, d));
                invoiceWeights[i] = invoiceD[i].Amount;
                invoiceTotalD += invoiceD[i];
            }

            AllocationKey weights = AllocationKey.Of(s.Allocation == AllocationMethod.Value
                ? invoiceWeights
                : CostAllocator.Weights(lines, s.Allocation, s.Freight.Mode.DefaultDivisor, null));

            // 2. Transport and insurance in the destination currency, allocated to lines.
            Money freightD = Round(Convert(s.Freight.Total, d));
            Money[] freightShareD = weights.Allocate(freightD);
            Money insuranceD = InsuranceD(invoiceTotalD, freightIncluded ? Money.Zero(d) : freightD, insuranceIncluded);
            Money[] insuranceShareD = weights.Allocate(insuranceD);
            Money onCarriageD = s.OnCarriage is { } on ? Round(Convert(on, d)) : Money.Zero(d);
            Money[] onShareD = weights.Allocate(onCarriageD);

            // 3. Customs value per line.
            var intrinsicD = new Money[n];
            var customsD = new Money[n];
            var customsWeights = new decimal[n];
            AllocationKey? customsKey = null;
            Money intrinsicTotal = Money.Zero(d);
            Money customsTotal = Money.Zero(d);
            for (int i = 0; i < n; i++)
            {
                Money intrinsic = invoiceD[i];
                if (freightIncluded)
                {
                    intrinsic -= freightShareD[i];
                }

                if (insuranceIncluded)
                {
                    intrinsic -= insuranceShareD[i];
                }

                if (onCarriageIncluded)
                {
                    intrinsic -= onShareD[i];
                }

                if (intrinsic.IsNegative)
                {
                    throw new ArgumentException($"Line '{lines[i].Sku}': under {term.Name} the transport and insurance included in its price ({Text(invoiceD[i] - intrinsic)}) exceed its invoice value {Text(invoiceD[i])}; check the freight quote or the Incoterm.", nameof(s.Freight));
                }

                intrinsicD[i] = intrinsic;
                customsD[i] = rules.Valuation == ValuationBasis.Cif ? intrinsic + freightShareD[i] + insuranceShareD[i] : intrinsic;
                customsWeights[i] = customsD[i].Amount;
                intrinsicTotal += intrinsic;
                customsTotal += customsD[i];
            }

            // 4. Goods, freight, insurance, on-carriage in the reporting currency.
            Money[] freightR = Spread(s.Freight.Total, weights);
            Money[] insuranceR = s.Insurance.Premium is { } premium ? Spread(premium, weights) : Spread(insuranceD, weights);
            Money[] onR = s.OnCarriage is { } onCarriage ? Spread(onCarriage, weights) : Zeros();
            var goodsR = new Money[n];
            for (int i = 0; i < n; i++)
            {
                Money invoiceR = ReferenceEquals(r, d) ? invoiceD[i] : Round(Convert(lines[i].Value, r));
                Money goods = invoiceR;
                goods -= freightIncluded ? freightR[i] : Money.Zero(r);
                goods -= insuranceIncluded ? insuranceR[i] : Money.Zero(r);
                goods -= onCarriageIncluded ? onR[i] : Money.Zero(r);
                goodsR[i] = goods;
            }

            AddCategory("Goods", CostKind.Goods, goodsR, () => $"invoice value under {term.Name}", null, null, true, () => LineNodes(goodsR, "invoice value in the reporting currency, less transport and insurance included in the price", null, null, null, true, withValue: true));
            AddCategory("Freight", CostKind.Freight, freightR, () => $"{s.Freight.Mode.Name} quote '{s.Freight.RateCardName}' ({(freightIncluded ? "included in the price under " + term.Name : "paid by the importer")}), {CostAllocator.Describe(s.Allocation)}", null, null, true, () => ShareNodes(freightR, "share of the freight"));
            if (!insuranceD.IsZero)
            {
                Func<string> insuranceRule = s.Insurance.IsEstimated
                    ? () => $"estimated: {Text(s.Insurance.Rate)} × {Text(s.Insurance.CoverRatio)} of the CIF value"
                    : static () => "premium as given";
                AddCategory("Insurance", CostKind.Insurance, insuranceR, () => insuranceRule() + (insuranceIncluded ? ", included in the price" : string.Empty), null, null, true, () => ShareNodes(insuranceR, "share of the insurance"));
            }

            if (s.OnCarriage is not null)
            {
                AddCategory("On-carriage", CostKind.OnCarriage, onR, () => "transport from the place of entry to the first destination" + (onCarriageIncluded ? ", included in the price" : string.Empty), null, null, true, () => ShareNodes(onR, "share of the on-carriage"));
            }

            // 5. Duty.
            var dutyD = new Money[n];
            var additionalD = new Money[n];
            var dutyRateTexts = new DutyRate?[n];
            var dutySources = new Source?[n];
            var dutyRules = new string?[n];
            bool perLineDuty = false;
            var additionalNodes = new List<CostNode>();
            bool dutyRelieved = false;
            for (int i = 0; i < n; i++)
            {
                dutyD[i] = Money.Zero(d);
                additionalD[i] = Money.Zero(d);
            }

            Func<string> dutyRule;
            Source? dutySource = null;
            if (rules.DutyDeMinimis is { } dm && dm.Relieves(dm.Basis == DeMinimisBasis.IntrinsicValue ? intrinsicTotal : customsTotal))
            {
                dutyRelieved = true;
                dutySource = dm.Source;
                dutyRule = () => $"relieved: consignment {(dm.Basis == DeMinimisBasis.IntrinsicValue ? "intrinsic" : "customs")} value {Text(dm.Basis == DeMinimisBasis.IntrinsicValue ? intrinsicTotal : customsTotal)} does not exceed the duty de-minimis {Text(dm.Threshold)}";
            }
            else if (rules.LowValueFlatDuty is { } flat && intrinsicTotal <= flat.Ceiling)
            {
                var subheadings = new HashSet<string>(StringComparer.Ordinal);
                foreach (ShipmentLine line in lines)
                {
                    subheadings.Add(line.HsCode.Subheading);
                }

                Money flatTotal = flat.PerSubheading * subheadings.Count;
                // Stryker disable once Assignment : a fresh key for the same weights gives the same shares; ??= only saves preparing it twice
                Money[] shares = (customsKey ??= AllocationKey.Of(customsWeights)).Allocate(flatTotal);
                Array.Copy(shares, dutyD, n);
                dutySource = flat.Source;
                int distinct = subheadings.Count;
                dutyRule = () => $"low-value consignment (intrinsic value {Text(intrinsicTotal)} ≤ {Text(flat.Ceiling)}): flat {Text(flat.PerSubheading)} × {distinct.ToString(CultureInfo.InvariantCulture)} distinct subheadings, allocated by customs value";
            }
            else
            {
                dutyRule = static () => "duty per line from the tariff schedule";
                for (int i = 0; i < n; i++)
                {
                    ShipmentLine line = lines[i];
                    TariffEntry entry = Entry(line, rules.CustomsTerritory);
                    bool preferential = s.ClaimPreference && entry.Preferential is not null;
                    DutyRate rate = preferential ? entry.Preferential!.Rate : entry.Line.Rate;
                    var quantity = new DutyQuantity(line.UnitMass * line.Quantity, line.Quantity);
                    dutyD[i] = Round(rate.Compute(customsD[i], quantity));
                    dutyRateTexts[i] = rate;
                    dutySources[i] = preferential ? entry.Preferential!.Source : entry.Line.Source;
                    dutyRules[i] = preferential ? DutyRule + " (preference " + entry.Preferential!.Scheme + ")" : DutyRule;
                    perLineDuty = true;
                    foreach (AdditionalDuty extra in entry.AdditionalDuties)
                    {
                        Money amount = Round(extra.Rate.Compute(customsD[i], quantity));
                        additionalD[i] += amount;
                        additionalNodes.Add(Leaf(line.Sku + " — " + extra.Name, CostKind.Line, amount, AdditionalRule + "; " + extra.LegalReference, extra.Rate, customsD[i], extra.Source, importerPaysDuties));
                    }
                }
            }

            Money[] dutyR = SpreadByParts(dutyD);
            Money[] additionalR = SpreadByParts(additionalD);
            string payer = importerPaysDuties ? string.Empty : $" — paid by the supplier under {term.Name}, included in the price";
            AddCategory("Duty", CostKind.Duty, dutyR, () => dutyRule() + payer, null, customsTotal, importerPaysDuties, () => perLineDuty ? DutyNodes(dutyR, dutyRules, dutyRateTexts, customsD, dutySources, importerPaysDuties) : ShareNodes(dutyR, "share of the duty"), dutySource);
            if (additionalNodes.Count > 0)
            {
                AddCategory("Additional duties", CostKind.AdditionalDuty, additionalR, () => "additional duties by origin" + payer, null, null, importerPaysDuties, () => RestateByAmount(additionalNodes, additionalR));
            }

            // 6. Fees: US MPF and HMF, then the user's fees.
            var feesR = Zeros();
            var feeNodes = new List<CostNode>();
            var feesInVatBaseD = new Money[n];
            for (int i = 0; i < n; i++)
            {
                feesInVatBaseD[i] = Money.Zero(d);
            }

            if (calc.usFees is { } us && rules.Destination == UnitedStates && !dutyRelieved)
            {
                UsEntryType entryType = s.UsEntryType ?? us.EntryTypeFor(customsTotal, date);
                AddFee(us.MerchandiseProcessingFee(customsTotal, entryType, date), (customsKey ??= AllocationKey.Of(customsWeights)), feesR, feeNodes, importerPaysDuties);
                if (s.Freight.Mode.IsOcean)
                {
                    AddFee(us.HarborMaintenanceFee(customsTotal, date), (customsKey ??= AllocationKey.Of(customsWeights)), feesR, feeNodes, importerPaysDuties);
                }
            }

            foreach (ShipmentFee fee in s.Fees)
            {
                Money[] shares = Spread(fee.Amount, weights);
                Money sum = Money.Zero(r);
                for (int i = 0; i < n; i++)
                {
                    feesR[i] += shares[i];
                    sum += shares[i];
                }

                feeNodes.Add(new CostNode(fee.Name, CostKind.Fee, sum, () => "user-supplied fee, " + CostAllocator.Describe(s.Allocation) + (fee.InImportVatBase ? "; in the import VAT base" : string.Empty), null, fee.Amount, null, date, true, (IReadOnlyList<CostNode>?)null));
                if (fee.InImportVatBase)
                {
                    Money[] sharesD = weights.Allocate(Round(Convert(fee.Amount, d)));
                    for (int i = 0; i < n; i++)
                    {
                        feesInVatBaseD[i] += sharesD[i];
                    }
                }
            }

            // 7. Import VAT.
            var vatD = new Money[n];
            var vatBaseD = new Money[n];
            var vatWeights = new decimal[n];
            Money vatBaseTotal = Money.Zero(d);
            for (int i = 0; i < n; i++)
            {
                vatD[i] = Money.Zero(d);
                vatBaseD[i] = Money.Zero(d);
            }

            Func<string>? vatRule = null;
            Source? vatSource = rules.VatSource;
            if (rules.VatRate is { } vatRate)
            {
                if (rules.TaxDeMinimis is { } tdm && tdm.Relieves(tdm.Basis == DeMinimisBasis.IntrinsicValue ? intrinsicTotal : customsTotal))
                {
                    vatSource = tdm.Source;
                    vatRule = () => $"relieved: consignment value does not exceed the import-tax de-minimis {Text(tdm.Threshold)}";
                }
                else if (s.UseLowValueScheme && rules.LowValueScheme is { } scheme && scheme.Covers(scheme.Basis == DeMinimisBasis.IntrinsicValue ? intrinsicTotal : customsTotal))
                {
                    vatSource = scheme.Source;
                    vatRule = () => $"none at the border: VAT is collected at checkout under {scheme.Name} (consignment up to {Text(scheme.Ceiling)}); it is output tax on the sale, not a landed cost";
                }
                else
                {
                    ImportVatBase parts = rules.VatBase;
                    for (int i = 0; i < n; i++)
                    {
                        Money b = Money.Zero(d);
                        if ((parts & ImportVatBase.CustomsValue) != 0)
                        {
                            b += customsD[i];
                        }

                        if ((parts & ImportVatBase.Duty) != 0)
                        {
                            b += dutyD[i] + additionalD[i];
                        }

                        if ((parts & ImportVatBase.InternationalTransportAndInsurance) != 0 && rules.Valuation == ValuationBasis.Fob)
                        {
                            b += freightShareD[i] + insuranceShareD[i];
                        }

                        if ((parts & ImportVatBase.TransportToDestination) != 0)
                        {
                            b += onShareD[i] + feesInVatBaseD[i];
                        }

                        vatBaseD[i] = b;
                        vatWeights[i] = b.Amount;
                        vatBaseTotal += b;
                    }

                    Money vatTotal = Round(vatBaseTotal * vatRate);
                    Money[] shares = AllocationKey.Of(vatWeights).Allocate(vatTotal);
                    Array.Copy(shares, vatD, n);
                    ImportVatBase baseParts = parts;
                    Money baseTotal = vatBaseTotal;
                    vatRule = () => $"{Text(vatRate)} of the VAT base {Text(baseTotal)} ({baseParts}), rounded";
                }
            }

            Money[] vatR = SpreadByParts(vatD);
            bool vatCounted = !s.SellerVatRegistered && importerPaysDuties;
            if (vatRule is not null)
            {
                string suffix = !importerPaysDuties ? payer : s.SellerVatRegistered ? " — recoverable by the VAT-registered importer, not counted" : " — not recoverable, counted";
                object? vatRateText = rules.VatRate is { } vr ? vr : null;

                AddCategory("Import VAT", CostKind.ImportVat, vatR, () => vatRule() + suffix, vatRateText, vatBaseTotal, vatCounted, () => LineNodes(vatR, VatShareRule, vatRateText, vatBaseD, null, vatCounted, withValue: false), vatSource);
                if (!vatCounted && importerPaysDuties)
                {
                    foreach (Money v in vatR)
                    {
                        recoverableVat += v;
                    }
                }
            }

            if (feeNodes.Count > 0)
            {
                AddCategory("Fees", CostKind.Fee, feesR, () => "fees, each allocated to the lines", null, null, true, feeNodes.ToArray, null, sumChildren: true);
            }

            // 8. Export rebates.
            var rebateR = Zeros();
            var rebateNodes = new List<CostNode>();
            for (int i = 0; i < n; i++)
            {
                if (lines[i].ExportRebate is { } rebate)
                {
                    rebateR[i] = Round(Convert(rebate.Compute(lines[i].Value), r));
                    rebateNodes.Add(Leaf(lines[i].Sku, CostKind.Line, -rebateR[i], rebate.ToString() + "; " + rebate.Note, rebate.RebateRate, lines[i].Value, null, true));
                }
            }

            if (rebateNodes.Count > 0)
            {
                var negative = new Money[n];
                for (int i = 0; i < n; i++)
                {
                    negative[i] = -rebateR[i];
                }

                AddCategory("Export VAT rebate", CostKind.Rebate, negative, () => "export VAT rebate on the purchase price (cost reduction)", null, null, true, rebateNodes.ToArray);
            }

            // 9. Lines and root.
            var lineResults = new LineLandedCost[n];
            for (int i = 0; i < n; i++)
            {
                Money dutyCounted = importerPaysDuties ? dutyR[i] : Money.Zero(r);
                Money additionalCounted = importerPaysDuties ? additionalR[i] : Money.Zero(r);
                lineResults[i] = new LineLandedCost(
                    lines[i],
                    customsD[i],
                    goodsR[i],
                    freightR[i],
                    insuranceD.IsZero ? Money.Zero(r) : insuranceR[i],
                    onR[i],
                    dutyCounted,
                    additionalCounted,
                    vatCounted ? vatR[i] : Money.Zero(r),
                    !vatCounted && importerPaysDuties ? vatR[i] : Money.Zero(r),
                    feesR[i],
                    rebateR[i]);
            }

            var root = new CostNode("Landed cost", CostKind.Total, totalCounted, () => $"{n.ToString(CultureInfo.InvariantCulture)} lines from {s.Origin} to {s.Destination} under {term.Name}, as of {IsoDate.Format(date)}; amounts in {r.Code}", null, null, null, date, true, categories.ToArray());
            return new LandedCostResult(s, rules, customsTotal, lineResults, root, recoverableVat);
        }

        /// <summary>
        /// The schedule's entry for a line, asked once per distinct (HS code, origin) of the shipment: a schedule answers the same
        /// question the same way within one calculation (the date and territory are fixed), and shipments repeat codes.
        /// </summary>
        private TariffEntry Entry(ShipmentLine line, CountryCode territory)
        {
            HsCode code = line.HsCode;
            CountryCode origin = line.Origin;
            if (tariffCache is { } cache)
            {
                if (cache.TryGetValue((code, origin), out TariffEntry? known))
                {
                    return known;
                }
            }
            else
            {
                for (int k = 0; k < tariffSeen; k++)
                {
                    (HsCode Code, CountryCode Origin, TariffEntry Entry) seen = tariffRecent![k];
                    if (seen.Origin == origin && seen.Code == code)
                    {
                        return seen.Entry;
                    }
                }
            }

            // TryGetEntry, so that a missing line is reported against the argument the caller wrote (the shipment), not the
            // schedule's own parameter.
            if (!calc.tariff.TryGetEntry(code, territory, origin, date, out TariffEntry? entry))
            {
                throw new TariffLineNotFoundException(code, territory, date, ShipmentParameter);
            }

            if (tariffCache is not null)
            {
                // Stryker disable once Statement : a tariff-line cache entry; without it the same entry is looked up again from the same schedule
                tariffCache.Add((code, origin), entry);
            }
            else if (tariffSeen < 8)
            {
                tariffRecent ??= new (HsCode, CountryCode, TariffEntry)[Math.Min(n, 8)];
                tariffRecent[tariffSeen++] = (code, origin, entry);
            }
            else
            {
                // Many distinct codes: a hash map beats scanning.
                tariffCache = new Dictionary<(HsCode, CountryCode), TariffEntry>(n);
                foreach ((HsCode Code, CountryCode Origin, TariffEntry Entry) seen in tariffRecent!)
                {
                    // Stryker disable once Statement : a tariff-line cache entry; without it the same entry is looked up again from the same schedule
                    tariffCache.Add((seen.Code, seen.Origin), seen.Entry);
                }

                // Stryker disable once Statement : a tariff-line cache entry; without it the same entry is looked up again from the same schedule
                tariffCache.Add((code, origin), entry);
            }

            return entry;
        }

        private Money InsuranceD(Money invoiceTotalD, Money freightNotIncludedD, bool insuranceIncluded)
        {
            InsuranceCover cover = s.Insurance;
            if (cover.Premium is { } premium)
            {
                return Round(Convert(premium, d));
            }

            if (!cover.IsEstimated)
            {
                return Money.Zero(d);
            }

            // Included in a CIF-type price: the price is the CIF value, so premium = rate × cover × price.
            return insuranceIncluded
                ? Round(invoiceTotalD * (cover.Rate.Fraction * cover.CoverRatio.Fraction))
                : Round(CargoInsurance.EstimatePremium(invoiceTotalD + freightNotIncludedD, cover.Rate, cover.CoverRatio));
        }

        private void AddFee(FeeAssessment fee, AllocationKey customsWeights, Money[] feesR, List<CostNode> nodes, bool counted)
        {
            Money[] shares = SpreadFromD(fee.Amount, customsWeights);
            Money sum = Money.Zero(r);
            for (int i = 0; i < n; i++)
            {
                if (counted)
                {
                    feesR[i] += shares[i];
                }

                sum += shares[i];
            }

            nodes.Add(new CostNode(fee.Name, CostKind.Fee, sum, () => fee.Rule, fee.Rate, null, fee.Source, fee.AsOf, counted, (IReadOnlyList<CostNode>?)null));
        }

        private Money Convert(Money money, Currency to)
        {
            Currency from = money.Currency;
            if (from == to)
            {
                return money;
            }

            if (!ReferenceEquals(lastRate.From, from) || !ReferenceEquals(lastRate.To, to))
            {
                lastRate = (from, to, calc.rates.GetRate(from, to, date));
            }

            return lastRate.Rate.Convert(money);
        }

        private Money[] Spread(Money amount, AllocationKey weights) => weights.Allocate(Round(Convert(amount, r)));

        private Money[] SpreadFromD(Money amountD, AllocationKey weights) => weights.Allocate(Round(Convert(amountD, r)));

        /// <summary>Converts the total of per-line amounts once and allocates it back by the lines' own amounts.</summary>
        private Money[] SpreadByParts(Money[] partsD)
        {
            var weights = new decimal[n];
            Money total = Money.Zero(d);
            bool any = false;
            for (int i = 0; i < n; i++)
            {
                weights[i] = Math.Abs(partsD[i].Amount);
                total += partsD[i];
                any |= weights[i] != 0m;
            }

            return any ? AllocationKey.Of(weights).Allocate(Round(Convert(total, r))) : Zeros();
        }

        private Money[] Zeros()
        {
            var zeros = new Money[n];
            Money zero = Money.Zero(r);
            for (int i = 0; i < n; i++)
            {
                zeros[i] = zero;
            }

            return zeros;
        }

        private CostNode Leaf(string label, CostKind kind, Money amount, string rule, object? rate, Money? appliedTo, Source? source, bool counted) =>
            new(label, kind, amount, rule, rate, appliedTo, source, date, counted, null);

        private CostNode[] LineNodes(Money[] amounts, string rule, object? rate, Money[]? appliedTo, Source? source, bool counted, bool withValue)
        {
            var nodes = new CostNode[n];
            for (int i = 0; i < n; i++)
            {
                Money? on = withValue ? lines[i].Value : appliedTo?[i];
                nodes[i] = Leaf(lines[i].Sku, CostKind.Line, amounts[i], rule, rate, on, source, counted);
            }

            return nodes;
        }

        private CostNode[] ShareNodes(Money[] shares, string rule)
        {
            var nodes = new CostNode[n];
            for (int i = 0; i < n; i++)
            {
                nodes[i] = Leaf(lines[i].Sku, CostKind.Line, shares[i], rule, null, null, null, true);
            }

            return nodes;
        }

        private CostNode[] DutyNodes(Money[] amountsR, string?[] rules, DutyRate?[] rates, Money[] customs, Source?[] sources, bool counted)
        {
            var nodes = new CostNode[n];
            for (int i = 0; i < n; i++)
            {
                nodes[i] = Leaf(lines[i].Sku, CostKind.Line, amountsR[i], rules[i]!, rates[i], customs[i], sources[i], counted);
            }

            return nodes;
        }

        private CostNode[] RestateByAmount(List<CostNode> nodesD, Money[] lineTotalsR)
        {
            // Several additional duties may hit one line: split each line's reporting amount over its duties by their amounts.
            Money total = Money.Zero(d);
            var weights = new decimal[nodesD.Count];
            for (int k = 0; k < nodesD.Count; k++)
            {
                weights[k] = nodesD[k].Amount.Amount;
                total += nodesD[k].Amount;
            }

            Money totalR = Money.Zero(r);
            foreach (Money m in lineTotalsR)
            {
                totalR += m;
            }

            Money[] shares = AllocationKey.Of(weights).Allocate(totalR);
            var nodes = new CostNode[nodesD.Count];
            for (int k = 0; k < nodes.Length; k++)
            {
                CostNode x = nodesD[k];
                nodes[k] = new CostNode(x.Label, x.Kind, shares[k], x.Rule, x.Rate, x.AppliedTo, x.Source, x.AsOf, x.Counted, null);
            }

            return nodes;
        }

        private void AddCategory(string label, CostKind kind, Money[] amounts, Func<string> rule, object? rate, Money? appliedTo, bool counted, Func<CostNode[]> children, Source? source = null, bool sumChildren = false)
        {
            Money sum = Money.Zero(r);
            if (sumChildren)
            {
                CostNode[] built = children();
                children = () => built;
                foreach (CostNode child in built)
                {
                    if (child.Counted)
                    {
                        sum += child.Amount;
                    }
                }
            }
            else
            {
                foreach (Money amount in amounts)
                {
                    sum += amount;
                }
            }

            categories.Add(new CostNode(label, kind, sum, rule, rate, appliedTo, source, date, counted, (Func<IReadOnlyList<CostNode>>)children));
            if (counted)
            {
                totalCounted += sum;
            }
        }

    }
}
