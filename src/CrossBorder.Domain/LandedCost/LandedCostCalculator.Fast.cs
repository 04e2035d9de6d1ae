using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.LandedCost;

/// <content>The fast path: the same pipeline as <see cref="Run"/>, with every amount after conversion held in 64-bit minor units.</content>
public sealed partial class LandedCostCalculator
{
    /// <summary>
    /// One calculation on the fast path. Every amount, once converted to a currency and rounded to its minor unit (as the reference
    /// computation does), is a whole number of minor units: the pipeline keeps them as <see langword="long"/>s in one buffer, allocates
    /// with integer largest remainders, and builds <see cref="Money"/>, the line results and the breakdown's rule texts and per-line
    /// nodes only when they are read. Conversions, rates and duty formulas still run in <see langword="decimal"/> exactly as in
    /// <see cref="Run"/>, so the results are identical. Returns null (or throws) where it cannot go; the caller then runs the reference.
    /// </summary>
    private sealed class FastRun : CostNodeTexts
    {
        // Columns of the buffer, n longs each.
        private const int InvoiceD = 0;
        private const int FreightShareD = 1;
        private const int InsuranceShareD = 2;
        private const int OnShareD = 3;
        private const int CustomsD = 4;
        private const int FreightR = 5;
        private const int InsuranceR = 6;
        private const int OnR = 7;
        private const int GoodsR = 8;
        private const int DutyD = 9;
        private const int AdditionalD = 10;
        private const int DutyR = 11;
        private const int AdditionalR = 12;
        private const int FeesR = 13;
        private const int FeesVatD = 14;
        private const int VatBaseD = 15;
        private const int VatD = 16;
        private const int VatR = 17;
        private const int RebateR = 18;
        private const int Work = 19;
        private const int Weights = 20;
        private const int Scratch = 21; // two columns
        private const int Columns = 23;

        // Node ids for the rule texts and children built on demand.
        private const int RootId = 0;
        private const int GoodsId = 1;
        private const int FreightId = 2;
        private const int InsuranceId = 3;
        private const int OnCarriageId = 4;
        private const int DutyId = 5;
        private const int AdditionalId = 6;
        private const int VatId = 7;
        private const int FeesId = 8;
        private const int RebateId = 9;
        private const int FirstFeeId = 100;

        private static readonly decimal[] Powers = { 1m, 10m, 100m, 1_000m, 10_000m, 100_000m, 1_000_000m, 10_000_000m, 100_000_000m };

        private readonly LandedCostCalculator calc;
        private readonly Shipment s;
        private readonly IReadOnlyList<ShipmentLine> lines;
        private readonly int n;
        private readonly LocalDate date;
        private readonly Currency r;
        private readonly int minorR;
        private readonly long[] buffer;
        private readonly CostNode[] categories = new CostNode[9];
        private int categoryCount;
        private Currency d = null!;
        private int minorD;
        private ImportRules rules = null!;
        private Incoterm term = null!;
        private bool freightIncluded;
        private bool insuranceIncluded;
        private bool onCarriageIncluded;
        private bool importerPaysDuties;
        private bool vatCounted;
        private long intrinsicTotal;

        // Exchange rates asked for in this calculation (at most a handful of pairs).
        private (Currency From, Currency To, ExchangeRate Rate)[]? rateCache;
        private int ratesSeen;

        // Duty: how the category's rule reads, and per line the tariff entry used.
        private int dutyMode; // 0 per line, 1 relieved by de-minimis, 2 low-value flat duty
        private DeMinimis? dutyDeMinimis;
        private LowValueFlatDuty? flatDuty;
        private int distinctSubheadings;
        private TariffEntry[]? entries;
        private List<(int Line, AdditionalDuty Extra, long AmountD)>? additional;
        private (HsCode Code, Geography.CountryCode Origin, TariffEntry Entry)[]? tariffRecent;
        private int tariffSeen;
        private Dictionary<(HsCode, Geography.CountryCode), TariffEntry>? tariffCache;

        // Import VAT.
        private int vatMode; // 0 no VAT rate, 1 relieved, 2 low-value scheme, 3 charged
        private DeMinimis? taxDeMinimis;
        private LowValueScheme? vatScheme;
        private long vatBaseTotal;

        // Fees, in order: US fees (FeeAssessment) and the user's (ShipmentFee).
        private List<(object Fee, CostNode Node)>? fees;
        private bool anyRebate;

        private LineLandedCost[]? lineResults;

        internal FastRun(LandedCostCalculator calc, Shipment shipment)
        {
            this.calc = calc;
            s = shipment;
            lines = shipment.Lines;
            n = lines.Count;
            date = shipment.Date;
            r = shipment.ReportingCurrency;
            minorR = r.MinorUnits!.Value;
            buffer = new long[Columns * n];
        }

        internal LandedCostResult? Execute()
        {
            rules = calc.rulesProvider.GetRules(s.Destination, date);
            d = rules.Currency;
            if (d.MinorUnits is not { } md || md >= Powers.Length || minorR >= Powers.Length)
            {
                return null;
            }

            minorD = md;
            term = s.Incoterm;
            freightIncluded = term.PayerOf(CostLeg.MainCarriage) == TradeParty.Seller;
            insuranceIncluded = term.PayerOf(CostLeg.Insurance) == TradeParty.Seller;
            onCarriageIncluded = term.PayerOf(CostLeg.OnCarriage) == TradeParty.Seller;
            importerPaysDuties = term.PayerOf(CostLeg.ImportDutiesAndTaxes) == TradeParty.Buyer;

            // 1. Invoice values in the destination currency, as declared; the allocation key.
            Span<long> invoiceD = Col(InvoiceD);
            long invoiceTotalD = 0;
            for (int i = 0; i < n; i++)
            {
                invoiceD[i] = UnitsIn(lines[i].Value, d, minorD);
                // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                invoiceTotalD = checked(invoiceTotalD + invoiceD[i]);
            }

            long[] keyArray;
            int keyOffset;
            long keySum;
            long keyMax;
            if (s.Allocation == AllocationMethod.Value)
            {
                keyArray = buffer;
                // Stryker disable once Arithmetic : InvoiceD is column 0, and 0 × n = 0 / n
                keyOffset = InvoiceD * n;
                keySum = invoiceTotalD;
                keyMax = Max(invoiceD);
            }
            else
            {
                if (!AllocationKey.Of(CostAllocator.Weights(lines, s.Allocation, s.Freight.Mode.DefaultDivisor, null)).TryGetIntegers(out keyArray, out keySum, out keyMax))
                {
                    return null;
                }

                keyOffset = 0;
            }

            ReadOnlySpan<long> key = keyArray.AsSpan(keyOffset, n);

            // 2. Transport and insurance in the destination currency, allocated to lines.
            long freightD = UnitsIn(s.Freight.Total, d, minorD);
            Allocate(freightD, key, keySum, keyMax, Col(FreightShareD));
            long insuranceD = InsuranceD(invoiceTotalD, freightIncluded ? 0 : freightD);
            Allocate(insuranceD, key, keySum, keyMax, Col(InsuranceShareD));
            long onCarriageD = s.OnCarriage is { } on ? UnitsIn(on, d, minorD) : 0;
            Allocate(onCarriageD, key, keySum, keyMax, Col(OnShareD));

            // 3. Customs value per line.
            Span<long> freightShareD = Col(FreightShareD);
            Span<long> insuranceShareD = Col(InsuranceShareD);
            Span<long> onShareD = Col(OnShareD);
            Span<long> customsD = Col(CustomsD);
            bool cif = rules.Valuation == ValuationBasis.Cif;
            long customsTotal = 0;
            long customsMax = 0;
            for (int i = 0; i < n; i++)
            {
                long intrinsic = invoiceD[i];
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

                if (intrinsic < 0)
                {
                    return null; // the reference reports it
                }

                // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                long customs = cif ? checked(intrinsic + freightShareD[i] + insuranceShareD[i]) : intrinsic;
                customsD[i] = customs;
                // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                intrinsicTotal = checked(intrinsicTotal + intrinsic);
                // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                customsTotal = checked(customsTotal + customs);
                customsMax = Math.Max(customsMax, customs);
            }

            // 4. Goods, freight, insurance, on-carriage in the reporting currency.
            Span<long> freightR = Col(FreightR);
            Span<long> insuranceR = Col(InsuranceR);
            Span<long> onR = Col(OnR);
            Span<long> goodsR = Col(GoodsR);
            Allocate(UnitsIn(s.Freight.Total, r, minorR), key, keySum, keyMax, freightR);
            Allocate(s.Insurance.Premium is { } premium ? UnitsIn(premium, r, minorR) : UnitsIn(Units(insuranceD, d, minorD), r, minorR), key, keySum, keyMax, insuranceR);
            if (s.OnCarriage is { } onCarriage)
            {
                Allocate(UnitsIn(onCarriage, r, minorR), key, keySum, keyMax, onR);
            }

            bool sameCurrency = ReferenceEquals(r, d);
            for (int i = 0; i < n; i++)
            {
                long goods = sameCurrency ? invoiceD[i] : UnitsIn(lines[i].Value, r, minorR);
                if (freightIncluded)
                {
                    goods -= freightR[i];
                }

                if (insuranceIncluded)
                {
                    goods -= insuranceR[i];
                }

                if (onCarriageIncluded)
                {
                    goods -= onR[i];
                }

                goodsR[i] = goods;
            }

            AddCategory("Goods", CostKind.Goods, Sum(goodsR), GoodsId, null, null, true, null);
            AddCategory("Freight", CostKind.Freight, Sum(freightR), FreightId, null, null, true, null);
            if (insuranceD != 0)
            {
                AddCategory("Insurance", CostKind.Insurance, Sum(insuranceR), InsuranceId, null, null, true, null);
            }

            if (s.OnCarriage is not null)
            {
                AddCategory("On-carriage", CostKind.OnCarriage, Sum(onR), OnCarriageId, null, null, true, null);
            }

            // 5. Duty.
            Span<long> dutyD = Col(DutyD);
            Span<long> additionalD = Col(AdditionalD);
            Source? dutySource = null;
            bool dutyRelieved = false;
            Money customsTotalMoney = Units(customsTotal, d, minorD);
            Money intrinsicTotalMoney = Units(intrinsicTotal, d, minorD);
            if (rules.DutyDeMinimis is { } dm && dm.Relieves(dm.Basis == DeMinimisBasis.IntrinsicValue ? intrinsicTotalMoney : customsTotalMoney))
            {
                dutyRelieved = true;
                dutyMode = 1;
                dutyDeMinimis = dm;
                dutySource = dm.Source;
            }
            else if (rules.LowValueFlatDuty is { } flat && intrinsicTotalMoney <= flat.Ceiling)
            {
                if (!ReferenceEquals(flat.PerSubheading.Currency, d))
                {
                    return null;
                }

                var subheadings = new HashSet<string>(StringComparer.Ordinal);
                foreach (ShipmentLine line in lines)
                {
                    subheadings.Add(line.HsCode.Subheading);
                }

                dutyMode = 2;
                flatDuty = flat;
                distinctSubheadings = subheadings.Count;
                dutySource = flat.Source;
                Allocate(Units(flat.PerSubheading * subheadings.Count, d), customsD, customsTotal, customsMax, dutyD);
            }
            else
            {
                entries = new TariffEntry[n];
                Geography.CountryCode territory = rules.CustomsTerritory;
                for (int i = 0; i < n; i++)
                {
                    ShipmentLine line = lines[i];
                    TariffEntry entry = Entry(line, territory);
                    entries[i] = entry;
                    DutyRate rate = s.ClaimPreference && entry.Preferential is { } pref ? pref.Rate : entry.Line.Rate;
                    Money customs = Units(customsD[i], d, minorD);
                    dutyD[i] = Units(Round(rate.Compute(customs, rate.Specific is null ? default : Quantity(line))), d);
                    IReadOnlyList<AdditionalDuty> extras = entry.AdditionalDuties;
                    for (int k = 0; k < extras.Count; k++)
                    {
                        AdditionalDuty extra = extras[k];
                        long amount = Units(Round(extra.Rate.Compute(customs, extra.Rate.Specific is null ? default : Quantity(line))), d);
                        // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                        additionalD[i] = checked(additionalD[i] + amount);
                        (additional ??= new List<(int, AdditionalDuty, long)>()).Add((i, extra, amount));
                    }
                }
            }

            SpreadByParts(dutyD, Col(DutyR));
            SpreadByParts(additionalD, Col(AdditionalR));
            AddCategory("Duty", CostKind.Duty, Sum(Col(DutyR)), DutyId, null, customsTotalMoney, importerPaysDuties, dutySource);
            if (additional is not null)
            {
                AddCategory("Additional duties", CostKind.AdditionalDuty, Sum(Col(AdditionalR)), AdditionalId, null, null, importerPaysDuties, null);
            }

            // 6. Fees: US MPF and HMF, then the user's fees.
            Span<long> feesR = Col(FeesR);
            Span<long> feesVatD = Col(FeesVatD);
            if (calc.usFees is { } us && rules.Destination == UnitedStates && !dutyRelieved)
            {
                UsEntryType entryType = s.UsEntryType ?? us.EntryTypeFor(customsTotalMoney, date);
                AddUsFee(us.MerchandiseProcessingFee(customsTotalMoney, entryType, date), customsD, customsTotal, customsMax);
                if (s.Freight.Mode.IsOcean)
                {
                    AddUsFee(us.HarborMaintenanceFee(customsTotalMoney, date), customsD, customsTotal, customsMax);
                }
            }

            Span<long> work = Col(Work);
            IReadOnlyList<ShipmentFee> userFees = s.Fees;
            for (int k = 0; k < userFees.Count; k++)
            {
                ShipmentFee fee = userFees[k];
                Allocate(UnitsIn(fee.Amount, r, minorR), key, keySum, keyMax, work);
                long sum = 0;
                for (int i = 0; i < n; i++)
                {
                    // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                    feesR[i] = checked(feesR[i] + work[i]);
                    // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                    sum = checked(sum + work[i]);
                }

                fees ??= new List<(object, CostNode)>(userFees.Count + 2);
                fees.Add((fee, new CostNode(fee.Name, CostKind.Fee, Units(sum, r, minorR), this, FirstFeeId + fees.Count, null, fee.Amount, null, date, true)));
                if (fee.InImportVatBase)
                {
                    Allocate(UnitsIn(fee.Amount, d, minorD), key, keySum, keyMax, work);
                    for (int i = 0; i < n; i++)
                    {
                        // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                        feesVatD[i] = checked(feesVatD[i] + work[i]);
                    }
                }
            }

            // 7. Import VAT.
            Span<long> vatD = Col(VatD);
            Span<long> vatBaseD = Col(VatBaseD);
            Source? vatSource = rules.VatSource;
            if (rules.VatRate is { } vatRate)
            {
                if (rules.TaxDeMinimis is { } tdm && tdm.Relieves(tdm.Basis == DeMinimisBasis.IntrinsicValue ? intrinsicTotalMoney : customsTotalMoney))
                {
                    vatMode = 1;
                    taxDeMinimis = tdm;
                    vatSource = tdm.Source;
                }
                else if (s.UseLowValueScheme && rules.LowValueScheme is { } scheme && scheme.Covers(scheme.Basis == DeMinimisBasis.IntrinsicValue ? intrinsicTotalMoney : customsTotalMoney))
                {
                    vatMode = 2;
                    vatScheme = scheme;
                    vatSource = scheme.Source;
                }
                else
                {
                    vatMode = 3;
                    ImportVatBase parts = rules.VatBase;
                    bool withCustoms = (parts & ImportVatBase.CustomsValue) != 0;
                    bool withDuty = (parts & ImportVatBase.Duty) != 0;
                    bool withTransport = (parts & ImportVatBase.InternationalTransportAndInsurance) != 0 && rules.Valuation == ValuationBasis.Fob;
                    bool withOnCarriage = (parts & ImportVatBase.TransportToDestination) != 0;
                    long baseMax = 0;
                    for (int i = 0; i < n; i++)
                    {
                        long b = 0;
                        if (withCustoms)
                        {
                            // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                            b = checked(b + customsD[i]);
                        }

                        if (withDuty)
                        {
                            // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                            b = checked(b + dutyD[i] + additionalD[i]);
                        }

                        if (withTransport)
                        {
                            // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                            b = checked(b + freightShareD[i] + insuranceShareD[i]);
                        }

                        if (withOnCarriage)
                        {
                            // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                            b = checked(b + onShareD[i] + feesVatD[i]);
                        }

                        if (b < 0)
                        {
                            return null;
                        }

                        vatBaseD[i] = b;
                        // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                        vatBaseTotal = checked(vatBaseTotal + b);
                        baseMax = Math.Max(baseMax, b);
                    }

                    long vatTotal = Units(Round(Units(vatBaseTotal, d, minorD) * vatRate), d);
                    Allocate(vatTotal, vatBaseD, vatBaseTotal, baseMax, vatD);
                }
            }

            Span<long> vatR = Col(VatR);
            SpreadByParts(vatD, vatR);
            vatCounted = !s.SellerVatRegistered && importerPaysDuties;
            long recoverableVat = 0;
            if (vatMode != 0)
            {
                object? vatRateText = rules.VatRate is { } vr ? vr : null;
                AddCategory("Import VAT", CostKind.ImportVat, Sum(vatR), VatId, vatRateText, Units(vatBaseTotal, d, minorD), vatCounted, vatSource);
                if (!vatCounted && importerPaysDuties)
                {
                    recoverableVat = Sum(vatR);
                }
            }

            if (fees is not null)
            {
                long counted = 0;
                foreach ((object _, CostNode node) in fees)
                {
                    if (node.Counted)
                    {
                        // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                        counted = checked(counted + ToUnits(node.Amount.Amount, minorR));
                    }
                }

                AddCategory("Fees", CostKind.Fee, counted, FeesId, null, null, true, null);
            }

            // 8. Export rebates.
            Span<long> rebateR = Col(RebateR);
            for (int i = 0; i < n; i++)
            {
                if (lines[i].ExportRebate is { } rebate)
                {
                    rebateR[i] = UnitsIn(rebate.Compute(lines[i].Value), r, minorR);
                    anyRebate = true;
                }
            }

            if (anyRebate)
            {
                AddCategory("Export VAT rebate", CostKind.Rebate, -Sum(rebateR), RebateId, null, null, true, null);
            }

            // 9. Root; the line results are built when first read.
            long total = 0;
            for (int k = 0; k < categoryCount; k++)
            {
                if (categories[k].Counted)
                {
                    // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                    total = checked(total + ToUnits(categories[k].Amount.Amount, minorR));
                }
            }

            var root = new CostNode("Landed cost", CostKind.Total, Units(total, r, minorR), this, RootId, null, null, null, date, true);
            int units = 0;
            for (int i = 0; i < n; i++)
            {
                // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                units = checked(units + lines[i].Quantity);
            }

            return new LandedCostResult(s, rules, customsTotalMoney, new LineList(this), root, Units(recoverableVat, r, minorR), units);
        }

        internal override string Rule(int id)
        {
            string payer = importerPaysDuties ? string.Empty : $" — paid by the supplier under {term.Name}, included in the price";
            switch (id)
            {
                case RootId:
                    return $"{n.ToString(CultureInfo.InvariantCulture)} lines from {s.Origin} to {s.Destination} under {term.Name}, as of {IsoDate.Format(date)}; amounts in {r.Code}";
                case GoodsId:
                    return $"invoice value under {term.Name}";
                case FreightId:
                    return $"{s.Freight.Mode.Name} quote '{s.Freight.RateCardName}' ({(freightIncluded ? "included in the price under " + term.Name : "paid by the importer")}), {CostAllocator.Describe(s.Allocation)}";
                case InsuranceId:
                    string insuranceRule = s.Insurance.IsEstimated ? $"estimated: {Text(s.Insurance.Rate)} × {Text(s.Insurance.CoverRatio)} of the CIF value" : "premium as given";
                    return insuranceRule + (insuranceIncluded ? ", included in the price" : string.Empty);
                case OnCarriageId:
                    return "transport from the place of entry to the first destination" + (onCarriageIncluded ? ", included in the price" : string.Empty);
                case DutyId:
                    return DutyRuleText() + payer;
                case AdditionalId:
                    return "additional duties by origin" + payer;
                case VatId:
                    string suffix = !importerPaysDuties ? payer : s.SellerVatRegistered ? " — recoverable by the VAT-registered importer, not counted" : " — not recoverable, counted";
                    return VatRuleText() + suffix;
                case FeesId:
                    return "fees, each allocated to the lines";
                case RebateId:
                    return "export VAT rebate on the purchase price (cost reduction)";
                default:
                    object fee = fees![id - FirstFeeId].Fee;
                    return fee is FeeAssessment assessed
                        ? assessed.Rule
                        : "user-supplied fee, " + CostAllocator.Describe(s.Allocation) + (((ShipmentFee)fee).InImportVatBase ? "; in the import VAT base" : string.Empty);
            }
        }

        internal override IReadOnlyList<CostNode> Children(int id)
        {
            switch (id)
            {
                case RootId:
                    var built = new CostNode[categoryCount];
                    Array.Copy(categories, built, categoryCount);
                    return built;
                case GoodsId:
                    // Stryker disable once Unary : with withValue the base is the line's own value; appliedToColumnD is not read
                    return LineNodes(GoodsR, "invoice value in the reporting currency, less transport and insurance included in the price", null, -1, null, true, withValue: true);
                case FreightId:
                    return LineNodes(FreightR, "share of the freight", null, -1, null, true, withValue: false);
                case InsuranceId:
                    return LineNodes(InsuranceR, "share of the insurance", null, -1, null, true, withValue: false);
                case OnCarriageId:
                    return LineNodes(OnR, "share of the on-carriage", null, -1, null, true, withValue: false);
                case DutyId:
                    return entries is null ? LineNodes(DutyR, "share of the duty", null, -1, null, true, withValue: false) : DutyNodes();
                case AdditionalId:
                    return AdditionalNodes();
                case VatId:
                    return LineNodes(VatR, VatShareRule, rules.VatRate is { } vr ? vr : null, VatBaseD, null, vatCounted, withValue: false);
                case FeesId:
                    var feeNodes = new CostNode[fees!.Count];
                    for (int k = 0; k < feeNodes.Length; k++)
                    {
                        feeNodes[k] = fees[k].Node;
                    }

                    return feeNodes;
                case RebateId:
                    var rebates = new List<CostNode>();
                    for (int i = 0; i < n; i++)
                    {
                        if (lines[i].ExportRebate is { } rebate)
                        {
                            rebates.Add(Leaf(lines[i].Sku, -Units(buffer[(RebateR * n) + i], r, minorR), rebate.ToString() + "; " + rebate.Note, rebate.RebateRate, lines[i].Value, null, true));
                        }
                    }

                    return rebates.ToArray();
                default:
                    return Array.Empty<CostNode>();
            }
        }

        private string DutyRuleText()
        {
            switch (dutyMode)
            {
                case 1:
                    DeMinimis dm = dutyDeMinimis!;
                    bool intrinsic = dm.Basis == DeMinimisBasis.IntrinsicValue;
                    Money value = intrinsic ? Units(intrinsicTotal, d, minorD) : Units(Sum(Col(CustomsD)), d, minorD);
                    return $"relieved: consignment {(intrinsic ? "intrinsic" : "customs")} value {Text(value)} does not exceed the duty de-minimis {Text(dm.Threshold)}";
                case 2:
                    LowValueFlatDuty flat = flatDuty!;
                    return $"low-value consignment (intrinsic value {Text(Units(intrinsicTotal, d, minorD))} ≤ {Text(flat.Ceiling)}): flat {Text(flat.PerSubheading)} × {distinctSubheadings.ToString(CultureInfo.InvariantCulture)} distinct subheadings, allocated by customs value";
                default:
                    return "duty per line from the tariff schedule";
            }
        }

        private string? VatRuleText() => vatMode switch
        {
            1 => $"relieved: consignment value does not exceed the import-tax de-minimis {Text(taxDeMinimis!.Threshold)}",
            2 => $"none at the border: VAT is collected at checkout under {vatScheme!.Name} (consignment up to {Text(vatScheme.Ceiling)}); it is output tax on the sale, not a landed cost",
            3 => $"{Text(rules.VatRate!.Value)} of the VAT base {Text(Units(vatBaseTotal, d, minorD))} ({rules.VatBase}), rounded",
            _ => null,
        };

        private CostNode[] LineNodes(int column, string rule, object? rate, int appliedToColumnD, Source? source, bool counted, bool withValue)
        {
            var nodes = new CostNode[n];
            for (int i = 0; i < n; i++)
            {
                Money? on = withValue ? lines[i].Value : appliedToColumnD >= 0 ? Units(buffer[(appliedToColumnD * n) + i], d, minorD) : null;
                nodes[i] = Leaf(lines[i].Sku, Units(buffer[(column * n) + i], r, minorR), rule, rate, on, source, counted);
            }

            return nodes;
        }

        private CostNode[] DutyNodes()
        {
            var nodes = new CostNode[n];
            for (int i = 0; i < n; i++)
            {
                TariffEntry entry = entries![i];
                bool preferential = s.ClaimPreference && entry.Preferential is not null;
                DutyRate rate = preferential ? entry.Preferential!.Rate : entry.Line.Rate;
                Source source = preferential ? entry.Preferential!.Source : entry.Line.Source;
                string rule = preferential ? DutyRule + " (preference " + entry.Preferential!.Scheme + ")" : DutyRule;
                nodes[i] = Leaf(lines[i].Sku, Units(buffer[(DutyR * n) + i], r, minorR), rule, rate, Units(buffer[(CustomsD * n) + i], d, minorD), source, importerPaysDuties);
            }

            return nodes;
        }

        private CostNode[] AdditionalNodes()
        {
            // Several additional duties may hit one line: split the reporting amount over the duties by their amounts (as the reference does).
            List<(int Line, AdditionalDuty Extra, long AmountD)> list = additional!;
            var weights = new decimal[list.Count];
            for (int k = 0; k < list.Count; k++)
            {
                weights[k] = Units(list[k].AmountD, d, minorD).Amount;
            }

            Money[] shares = AllocationKey.Of(weights).Allocate(Units(Sum(Col(AdditionalR)), r, minorR));
            var nodes = new CostNode[list.Count];
            for (int k = 0; k < nodes.Length; k++)
            {
                (int i, AdditionalDuty extra, long _) = list[k];
                nodes[k] = Leaf(lines[i].Sku + " — " + extra.Name, shares[k], AdditionalRule + "; " + extra.LegalReference, extra.Rate, Units(buffer[(CustomsD * n) + i], d, minorD), extra.Source, importerPaysDuties);
            }

            return nodes;
        }

        private LineLandedCost[] LineResults()
        {
            if (Volatile.Read(ref lineResults) is { } known)
            {
                return known;
            }

            var results = new LineLandedCost[n];
            Money zeroR = Money.Zero(r);
            bool anyInsurance = InsuranceTotalD != 0;
            for (int i = 0; i < n; i++)
            {
                Money vat = Units(buffer[(VatR * n) + i], r, minorR);
                results[i] = new LineLandedCost(
                    lines[i],
                    Units(buffer[(CustomsD * n) + i], d, minorD),
                    Units(buffer[(GoodsR * n) + i], r, minorR),
                    Units(buffer[(FreightR * n) + i], r, minorR),
                    anyInsurance ? Units(buffer[(InsuranceR * n) + i], r, minorR) : zeroR,
                    Units(buffer[(OnR * n) + i], r, minorR),
                    importerPaysDuties ? Units(buffer[(DutyR * n) + i], r, minorR) : zeroR,
                    importerPaysDuties ? Units(buffer[(AdditionalR * n) + i], r, minorR) : zeroR,
                    vatCounted ? vat : zeroR,
                    !vatCounted && importerPaysDuties ? vat : zeroR,
                    Units(buffer[(FeesR * n) + i], r, minorR),
                    Units(buffer[(RebateR * n) + i], r, minorR));
            }

            // Stryker disable once NullCoalescing : another thread's result list for the same shipment has the same values; only the instance kept differs
            return Interlocked.CompareExchange(ref lineResults, results, null) ?? results;
        }

        /// <summary>The insurance premium in the destination currency (kept for the lines' insurance column).</summary>
        private long InsuranceTotalD { get; set; }

        private long InsuranceD(long invoiceTotalD, long freightNotIncludedD)
        {
            InsuranceCover cover = s.Insurance;
            long premium;
            if (cover.Premium is { } given)
            {
                premium = UnitsIn(given, d, minorD);
            }
            else if (!cover.IsEstimated)
            {
                premium = 0;
            }
            else
            {
                // Included in a CIF-type price: the price is the CIF value, so premium = rate × cover × price.
                Money invoice = Units(invoiceTotalD, d, minorD);
                premium = Units(insuranceIncluded
                    ? Round(invoice * (cover.Rate.Fraction * cover.CoverRatio.Fraction))
                    : Round(CargoInsurance.EstimatePremium(invoice + Units(freightNotIncludedD, d, minorD), cover.Rate, cover.CoverRatio)), d);
            }

            InsuranceTotalD = premium;
            return premium;
        }

        private void AddUsFee(FeeAssessment fee, ReadOnlySpan<long> customsD, long customsTotal, long customsMax)
        {
            Span<long> work = Col(Work);
            Span<long> feesR = Col(FeesR);
            Allocate(UnitsIn(fee.Amount, r, minorR), customsD, customsTotal, customsMax, work);
            long sum = 0;
            for (int i = 0; i < n; i++)
            {
                if (importerPaysDuties)
                {
                    // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                    feesR[i] = checked(feesR[i] + work[i]);
                }

                // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                sum = checked(sum + work[i]);
            }

            fees ??= new List<(object, CostNode)>(4);
            fees.Add((fee, new CostNode(fee.Name, CostKind.Fee, Units(sum, r, minorR), this, FirstFeeId + fees.Count, fee.Rate, null, fee.Source, fee.AsOf, importerPaysDuties)));
        }

        /// <summary>The schedule's entry for a line, asked once per distinct (HS code, origin) of the shipment (as the reference does).</summary>
        private TariffEntry Entry(ShipmentLine line, Geography.CountryCode territory)
        {
            HsCode code = line.HsCode;
            Geography.CountryCode origin = line.Origin;
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
                    (HsCode Code, Geography.CountryCode Origin, TariffEntry Entry) seen = tariffRecent![k];
                    if (seen.Origin == origin && seen.Code == code)
                    {
                        return seen.Entry;
                    }
                }
            }

            TariffEntry entry = calc.tariff.GetEntry(code, territory, origin, date);
            if (tariffCache is not null)
            {
                // Stryker disable once Statement : a tariff-line cache entry; without it the same entry is looked up again from the same schedule
                tariffCache.Add((code, origin), entry);
            }
            else if (tariffSeen < 8)
            {
                tariffRecent ??= new (HsCode, Geography.CountryCode, TariffEntry)[Math.Min(n, 8)];
                tariffRecent[tariffSeen++] = (code, origin, entry);
            }
            else
            {
                tariffCache = new Dictionary<(HsCode, Geography.CountryCode), TariffEntry>(n);
                foreach ((HsCode Code, Geography.CountryCode Origin, TariffEntry Entry) seen in tariffRecent!)
                {
                    // Stryker disable once Statement : a tariff-line cache entry; without it the same entry is looked up again from the same schedule
                    tariffCache.Add((seen.Code, seen.Origin), seen.Entry);
                }

                // Stryker disable once Statement : a tariff-line cache entry; without it the same entry is looked up again from the same schedule
                tariffCache.Add((code, origin), entry);
            }

            return entry;
        }

        private static DutyQuantity Quantity(ShipmentLine line) => new(line.UnitMass * line.Quantity, line.Quantity);

        private Span<long> Col(int column) => buffer.AsSpan(column * n, n);

        /// <summary>Allocates <paramref name="units"/> by integer weights; anything the integer path cannot do goes to the reference.</summary>
        private void Allocate(long units, ReadOnlySpan<long> weights, long weightSum, long maxWeight, Span<long> destination)
        {
            if (!AllocationKey.TryAllocateUnits(units, weights, weightSum, maxWeight, destination, buffer.AsSpan(Scratch * n, 2 * n)))
            {
                throw new NotOnFastPathException();
            }
        }

        /// <summary>Converts the total of per-line amounts once and allocates it back by the lines' own amounts (as the reference does).</summary>
        private void SpreadByParts(ReadOnlySpan<long> partsD, Span<long> destinationR)
        {
            Span<long> weights = Col(Weights);
            long total = 0;
            long weightSum = 0;
            long max = 0;
            for (int i = 0; i < n; i++)
            {
                long w = Math.Abs(partsD[i]);
                weights[i] = w;
                // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                total = checked(total + partsD[i]);
                // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                weightSum = checked(weightSum + w);
                max = Math.Max(max, w);
            }

            if (weightSum == 0)
            {
                destinationR.Clear();
                return;
            }

            Allocate(UnitsIn(Units(total, d, minorD), r, minorR), weights, weightSum, max, destinationR);
        }

        private void AddCategory(string label, CostKind kind, long sum, int id, object? rate, Money? appliedTo, bool counted, Source? source) =>
            categories[categoryCount++] = new CostNode(label, kind, Units(sum, r, minorR), this, id, rate, appliedTo, source, date, counted);

        private CostNode Leaf(string label, Money amount, string rule, object? rate, Money? appliedTo, Source? source, bool counted) =>
            new(label, CostKind.Line, amount, rule, rate, appliedTo, source, date, counted, null);

        /// <summary><paramref name="money"/> converted to <paramref name="to"/> at the date's rate, rounded half away from zero, in minor units.</summary>
        private long UnitsIn(Money money, Currency to, int minor) => ToUnits(Round(Convert(money, to)).Amount, minor);

        private Money Convert(Money money, Currency to)
        {
            Currency from = money.Currency;
            // Stryker disable once Block : for the same currency instance the loop finds no cached rate and 'from == to' returns the money unchanged just the same
            if (ReferenceEquals(from, to))
            {
                return money;
            }

            for (int k = 0; k < ratesSeen; k++)
            {
                (Currency From, Currency To, ExchangeRate Rate) seen = rateCache![k];
                // Stryker disable once Block : a cached rate skipped is fetched again from the same provider for the same date: the same rate
                if (ReferenceEquals(seen.From, from) && ReferenceEquals(seen.To, to))
                {
                    return seen.Rate.Convert(money);
                }
            }

            if (from == to)
            {
                return money;
            }

            ExchangeRate rate = calc.rates.GetRate(from, to, date);
            // Stryker disable once Assignment : a fresh rate cache only forgets earlier rates, which are then fetched again unchanged
            rateCache ??= new (Currency, Currency, ExchangeRate)[4];
            // Stryker disable once Equality,Boolean : not storing a rate only means fetching it again (ratesSeen then stays 0, so the array is never indexed past its end)
            if (ratesSeen < rateCache.Length)
            {
                rateCache[ratesSeen++] = (from, to, rate);
            }

            return rate.Convert(money);
        }

        private long Units(Money rounded, Currency currency) => ToUnits(rounded.Amount, ReferenceEquals(currency, d) ? minorD : minorR);

        private static long ToUnits(decimal rounded, int minor)
        {
            decimal scaled = rounded * Powers[minor];
            long units = decimal.ToInt64(scaled);
            if (units != scaled)
            {
                throw new NotOnFastPathException(); // not a whole number of minor units
            }

            return units;
        }

        private static Money Units(long units, Currency currency, int minor)
        {
            // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so -units stays checked without the keyword
            ulong magnitude = units < 0 ? (ulong)checked(-units) : (ulong)units;
            return Money.Of(new decimal(unchecked((int)magnitude), unchecked((int)(magnitude >> 32)), 0, units < 0, (byte)minor), currency);
        }

        private static long Sum(ReadOnlySpan<long> values)
        {
            long sum = 0;
            for (int i = 0; i < values.Length; i++)
            {
                // Stryker disable once Checked : the project compiles with CheckForOverflowUnderflow, so this arithmetic stays checked without the keyword
                sum = checked(sum + values[i]);
            }

            return sum;
        }

        private static long Max(ReadOnlySpan<long> values)
        {
            long max = 0;
            for (int i = 0; i < values.Length; i++)
            {
                max = Math.Max(max, values[i]);
            }

            return max;
        }

        /// <summary>The line results, built on first read from the calculation's arrays.</summary>
        private sealed class LineList : IReadOnlyList<LineLandedCost>
        {
            private readonly FastRun run;

            internal LineList(FastRun run) => this.run = run;

            public int Count => run.n;

            public LineLandedCost this[int index] => run.LineResults()[index];

            public IEnumerator<LineLandedCost> GetEnumerator() => ((IEnumerable<LineLandedCost>)run.LineResults()).GetEnumerator();

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }

    /// <summary>Signals that a calculation needs the reference path (never leaves <see cref="Calculate"/>).</summary>
    private sealed class NotOnFastPathException : Exception
    {
        // Stryker disable once String : the exception never leaves Calculate (the reference path takes over), so its message is never read
        public NotOnFastPathException()
            : base("The landed-cost fast path cannot compute this shipment; the reference computation takes over.")
        {
        }
    }
}
