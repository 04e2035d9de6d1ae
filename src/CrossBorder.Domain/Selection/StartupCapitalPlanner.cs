using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.Selection;

/// <summary>
/// Plans the cash a launch needs until it pays for itself, under <see cref="DropshippingModel"/> or
/// <see cref="BrandStockingModel"/>: a deterministic day-by-day simulation of sales (sessions × conversion), supplier payments,
/// purchase orders and their freight and duties, advertising, fixed costs and marketplace settlements, aggregated into calendar
/// months (see <c>docs/selection.md</c> for every formula). Pure and thread-safe.
/// </summary>
public static class StartupCapitalPlanner
{
    /// <summary>Plans <paramref name="launch"/> under <paramref name="model"/>.</summary>
    /// <param name="launch">The launch.</param>
    /// <param name="model">The launch model.</param>
    /// <returns>The capital plan.</returns>
    /// <exception cref="ArgumentException">A SKU lacks the cost the model needs (<see cref="LaunchSku.DropshipCostPerUnit"/> for dropshipping, <see cref="LaunchSku.PurchaseCostPerUnit"/> for brand stocking; parameter <c>launch</c>), or the model is not one of the library's (parameter <c>model</c>).</exception>
    /// <exception cref="CurrencyMismatchException">A certificate or the launch advertising is not in the launch's currency (parameter <c>model</c>).</exception>
    public static CapitalPlan Plan(LaunchCase launch, LaunchModel model)
    {
        Preconditions.CheckNotNull(launch, nameof(launch));
        Preconditions.CheckNotNull(model, nameof(model));
        var brand = model as BrandStockingModel;
        var drop = model as DropshippingModel;
        if (brand is null && drop is null)
        {
            throw new ArgumentException("model is a " + model.GetType().Name + "; it must be a DropshippingModel or a BrandStockingModel.", nameof(model));
        }

        Currency currency = launch.Currency;
        foreach (CertificationEstimate c in model.Certifications)
        {
            CheckCurrency(currency, c.Cost, nameof(model));
        }

        if (model.LaunchAdvertisingPerMonth is Money launchAds)
        {
            CheckCurrency(currency, launchAds, nameof(model));
        }

        foreach (LaunchSku s in launch.Skus)
        {
            if (drop is not null && s.DropshipCostPerUnit is null)
            {
                throw new ArgumentException("SKU '" + s.Sku.Value + "' has no DropshipCostPerUnit; set it (supplier price including shipping to the customer) to plan dropshipping.", nameof(launch));
            }

            if (brand is not null && s.PurchaseCostPerUnit is null)
            {
                throw new ArgumentException("SKU '" + s.Sku.Value + "' has no PurchaseCostPerUnit; set it (factory price per unit) to plan brand stocking.", nameof(launch));
            }
        }

        return new Simulation(launch, model, brand, drop).Run();
    }

    private static void CheckCurrency(Currency expected, Money value, string paramName)
    {
        if (value.Currency != expected)
        {
            throw new CurrencyMismatchException(expected, value.Currency, paramName);
        }
    }

    private readonly record struct Key(int Day, CashFlowCategory Category, int Sku, int Tag);

    private sealed class Flow
    {
        public decimal Amount;
        public decimal Units;
        public decimal UnitAmount;
        public string Label = string.Empty;
    }

    private sealed class Lot
    {
        public Lot(decimal units, int shipDay, decimal payableOffset)
        {
            Units = units;
            ShipDay = shipDay;
            PayableOffset = payableOffset;
        }

        public decimal Units { get; set; }

        public int ShipDay { get; }

        public decimal PayableOffset { get; }
    }

    private sealed class Simulation
    {
        private readonly LaunchCase launch;
        private readonly LaunchModel model;
        private readonly BrandStockingModel? brand;
        private readonly DropshippingModel? drop;
        private readonly Dictionary<Key, Flow> flows = new();
        private readonly LocalDate start;
        private readonly LocalDate end;
        private readonly int days;

        public Simulation(LaunchCase launch, LaunchModel model, BrandStockingModel? brand, DropshippingModel? drop)
        {
            this.launch = launch;
            this.model = model;
            this.brand = brand;
            this.drop = drop;
            start = launch.Start;
            end = new LocalDate(start.Year, start.Month, 1).PlusMonths(launch.Months);
            days = Period.Between(start, end, PeriodUnits.Days).Days;
        }

        public CapitalPlan Run()
        {
            int launchDay = Math.Max(model.CertificationReadyDay, brand?.LeadTimeDays ?? 0);
            int skuCount = launch.Skus.Count;
            decimal[] perDay = launch.Skus.Select(s => s.SessionsPerDay * model.ConversionRate.Fraction).ToArray();

            // One-off and calendar outflows.
            for (int i = 0; i < model.Certifications.Count; i++)
            {
                CertificationEstimate c = model.Certifications[i];
                Add(0, CashFlowCategory.Certifications, -1, i, c.Cost.Amount, 0m, 0m, c.ToString());
            }

            if (model.LaunchAdvertisingPerMonth is Money ads)
            {
                for (int i = 0; i < model.LaunchAdvertisingMonths; i++)
                {
                    int day = DayOf(start.PlusDays(launchDay).PlusMonths(i));
                    Add(day, CashFlowCategory.LaunchAdvertising, -1, i, ads.Amount, 0m, 0m, FormattableString.Invariant($"launch advertising, month {i + 1} of {model.LaunchAdvertisingMonths}"));
                }
            }

            for (int i = 0; i < launch.Months; i++)
            {
                LocalDate first = new LocalDate(start.Year, start.Month, 1).PlusMonths(i);
                Add(i == 0 ? 0 : DayOf(first), CashFlowCategory.FixedCosts, -1, i, launch.FixedCostsPerMonth.Amount, 0m, 0m, "fixed costs for " + first.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            }

            // Brand stocking: purchase orders, each arriving as the previous one's stock runs out.
            var lots = new Queue<Lot>[skuCount];
            var arrivals = new Dictionary<int, List<(int Sku, Lot Lot)>>();
            for (int s = 0; s < skuCount; s++)
            {
                lots[s] = new Queue<Lot>();
            }

            if (brand is not null)
            {
                for (int k = 0; ; k++)
                {
                    int arrival = launchDay + (k * brand.OrderCoverDays);
                    int order = arrival - brand.LeadTimeDays;
                    if (order >= days)
                    {
                        break;
                    }

                    int ship = order + brand.ProductionDays;
                    decimal deposit = brand.DepositShare.Fraction;
                    for (int s = 0; s < skuCount; s++)
                    {
                        LaunchSku sku = launch.Skus[s];
                        decimal qty = decimal.Ceiling(perDay[s] * brand.OrderCoverDays);
                        if (qty == 0m)
                        {
                            continue;
                        }

                        decimal cost = sku.PurchaseCostPerUnit!.Value.Amount;
                        string po = FormattableString.Invariant($"order {k + 1}: {qty} units");
                        Add(order, CashFlowCategory.InventoryPurchase, s, 2 * k, qty * cost * deposit, qty, cost, po + FormattableString.Invariant($" × {cost} × {brand.DepositShare.Percent:0.##} % deposit"));
                        Add(ship, CashFlowCategory.InventoryPurchase, s, (2 * k) + 1, qty * cost * (1m - deposit), qty, cost, po + FormattableString.Invariant($" × {cost} × {100m - brand.DepositShare.Percent:0.##} % balance on shipping"));
                        Add(ship, CashFlowCategory.Freight, s, k, qty * sku.FreightPerUnit.Amount, qty, sku.FreightPerUnit.Amount, po + FormattableString.Invariant($" × {sku.FreightPerUnit.Amount} freight"));
                        Add(arrival, CashFlowCategory.Duties, s, k, qty * sku.DutiesPerUnit.Amount, qty, sku.DutiesPerUnit.Amount, po + FormattableString.Invariant($" × {sku.DutiesPerUnit.Amount} duties on arrival"));
                        if (!arrivals.TryGetValue(arrival, out List<(int, Lot)>? list))
                        {
                            arrivals[arrival] = list = new List<(int, Lot)>();
                        }

                        list.Add((s, new Lot(qty, ship, -deposit * brand.ProductionDays)));
                    }
                }
            }

            // Sales, day by day.
            decimal unitsTotal = 0m, inventoryDays = 0m, receivableDays = 0m, payableDays = 0m;
            var unitsByDay = new decimal[Math.Max(days, 1)];
            for (int t = 0; t < days; t++)
            {
                if (arrivals.TryGetValue(t, out List<(int Sku, Lot Lot)>? arrived))
                {
                    foreach ((int s, Lot lot) in arrived)
                    {
                        lots[s].Enqueue(lot);
                    }
                }

                if (t < launchDay)
                {
                    continue;
                }

                for (int s = 0; s < skuCount; s++)
                {
                    LaunchSku sku = launch.Skus[s];
                    decimal sold = perDay[s];
                    if (sold == 0m)
                    {
                        continue;
                    }

                    if (brand is not null)
                    {
                        decimal wanted = sold;
                        sold = 0m;
                        while (wanted > 0m && lots[s].Count > 0)
                        {
                            Lot lot = lots[s].Peek();
                            decimal take = Math.Min(wanted, lot.Units);
                            inventoryDays += take * (t - lot.ShipDay);
                            payableDays += take * lot.PayableOffset;
                            sold += take;
                            wanted -= take;
                            lot.Units -= take;
                            if (lot.Units == 0m)
                            {
                                lots[s].Dequeue();
                            }
                        }

                        if (sold == 0m)
                        {
                            continue;
                        }
                    }
                    else
                    {
                        int pay = t + drop!.SupplierPaymentDays;
                        decimal unitCost = sku.DropshipCostPerUnit!.Value.Amount;
                        payableDays += sold * drop.SupplierPaymentDays;
                        Add(pay, CashFlowCategory.SupplierOrders, s, 0, sold * unitCost, sold, unitCost, "supplier orders");
                    }

                    unitsTotal += sold;
                    unitsByDay[t] += sold;
                    int settlement = launch.Payout.SettlementDay(t, model.DeliveryDays);
                    receivableDays += sold * (settlement - t);
                    Add(settlement, CashFlowCategory.SalesSettled, s, 0, sold * sku.Price.Amount, sold, sku.Price.Amount, "sales settled");
                    Add(settlement, CashFlowCategory.MarketplaceFees, s, 0, sold * sku.MarketplaceFeesPerUnit.Amount, sold, sku.MarketplaceFeesPerUnit.Amount, "marketplace fees withheld");
                    if (brand is not null)
                    {
                        Add(settlement, CashFlowCategory.FulfilmentFees, s, 0, sold * sku.FulfilmentPerUnit.Amount, sold, sku.FulfilmentPerUnit.Amount, "fulfilment fees withheld");
                    }

                    Add(t, CashFlowCategory.Advertising, s, 0, sold * launch.AdvertisingCostPerSale.Amount, sold, launch.AdvertisingCostPerSale.Amount, "advertising (assumed cost per sale)");
                }
            }

            return Assemble(launchDay, unitsByDay, unitsTotal, inventoryDays, receivableDays, payableDays);
        }

        private CapitalPlan Assemble(int launchDay, decimal[] unitsByDay, decimal unitsTotal, decimal inventoryDays, decimal receivableDays, decimal payableDays)
        {
            Currency currency = launch.Currency;
            var events = flows
                .OrderBy(f => f.Key.Day).ThenBy(f => f.Key.Category).ThenBy(f => f.Key.Sku).ThenBy(f => f.Key.Tag)
                .Select(f => new CashEvent(
                    start.PlusDays(f.Key.Day),
                    f.Key.Category,
                    Money.Of(f.Value.Amount, currency).Round(RoundingMode.HalfAwayFromZero),
                    f.Key.Sku < 0 ? null : launch.Skus[f.Key.Sku].Sku,
                    Describe(f.Value, currency)))
                .Where(e => !e.Amount.IsZero)
                .ToArray();

            var months = new List<CapitalPlanMonth>(launch.Months);
            Money balance = Money.Zero(currency);
            Money lowest = balance;
            LocalDate? lowestDate = null;
            int e = 0;
            LocalDate firstOfMonth = new LocalDate(start.Year, start.Month, 1);
            for (int i = 0; i < launch.Months; i++)
            {
                LocalDate monthStart = firstOfMonth.PlusMonths(i);
                LocalDate monthEnd = monthStart.PlusMonths(1);
                Money opening = balance;
                Money monthLowest = balance;
                var monthEvents = new List<CashEvent>();
                while (e < events.Length && events[e].Date < monthEnd)
                {
                    LocalDate day = events[e].Date;
                    while (e < events.Length && events[e].Date == day)
                    {
                        balance += events[e].SignedAmount;
                        monthEvents.Add(events[e]);
                        e++;
                    }

                    monthLowest = Money.Min(monthLowest, balance);
                    if (balance < lowest)
                    {
                        lowest = balance;
                        lowestDate = day;
                    }
                }

                decimal units = 0m;
                int from = Math.Max(0, DayOf(monthStart)), to = Math.Min(unitsByDay.Length, DayOf(monthEnd));
                for (int t = from; t < to; t++)
                {
                    units += unitsByDay[t];
                }

                months.Add(new CapitalPlanMonth(monthStart.ToYearMonth(), opening, Lines(monthEvents, true, currency), Lines(monthEvents, false, currency), monthLowest, units, monthEvents));
            }

            YearMonth? breakEven = months[0].Month;
            for (int i = months.Count - 1; i >= 0; i--)
            {
                if (months[i].Closing.IsNegative)
                {
                    breakEven = i == months.Count - 1 ? null : months[i + 1].Month;
                    break;
                }
            }

            CashConversionCycle? ccc = unitsTotal == 0m ? null : new CashConversionCycle(inventoryDays / unitsTotal, receivableDays / unitsTotal, payableDays / unitsTotal);
            return new CapitalPlan(launch, model, start.PlusDays(launchDay), months, events, -Money.Min(lowest, Money.Zero(currency)), lowestDate, breakEven, ccc, unitsTotal, Assumptions(launchDay));
        }

        private static CashFlowLine[] Lines(List<CashEvent> events, bool inflows, Currency currency) =>
            events.Where(x => x.IsInflow == inflows)
                .GroupBy(x => x.Category)
                .OrderBy(g => g.Key)
                .Select(g => new CashFlowLine(g.Key, Money.Sum(g.Select(x => x.Amount), currency)))
                .ToArray();

        private static string Describe(Flow f, Currency currency)
        {
            if (f.Units == 0m)
            {
                return f.Label;
            }

            return f.Label.StartsWith("order ", StringComparison.Ordinal)
                ? f.Label
                : FormattableString.Invariant($"{f.Label}: {Units(f.Units)} units × {f.UnitAmount} {currency.Code}");
        }

        private static string Units(decimal units) => units.ToString("0.####", CultureInfo.InvariantCulture);

        private List<string> Assumptions(int launchDay)
        {
            string code = launch.Currency.Code;
            var list = new List<string>
            {
                FormattableString.Invariant($"conversion rate {model.ConversionRate.Percent:0.##} % ({model.Name}): a guess; units per day = sessions per day × conversion rate"),
                "sessions per day (an estimate): " + string.Join(", ", launch.Skus.Select(s => FormattableString.Invariant($"{s.Sku.Value} {s.SessionsPerDay}"))) + "; demand is constant from the launch day",
                FormattableString.Invariant($"advertising cost per sale {launch.AdvertisingCostPerSale.Amount} {code}: a guess, paid on the day of the sale"),
                FormattableString.Invariant($"payout: {launch.Payout}; delivery {model.DeliveryDays} days, so a sale is paid at the first settlement on or after sale + {model.DeliveryDays + launch.Payout.ReserveDays} days; settlements fall every {launch.Payout.IntervalDays} days from {start:yyyy-MM-dd}"),
                "prices are net of VAT or sales tax; VAT collected and paid on is outside this plan",
                "every payment is rounded to the minor unit (half away from zero); the balance starts at zero, so a negative balance is cash the launch needs",
            };

            foreach (CertificationEstimate c in model.Certifications)
            {
                list.Add("certification estimate " + c + ", paid on the first day");
            }

            if (model.CertificationReadyDay > 0 && model.CertificationReadyDay >= (brand?.LeadTimeDays ?? 0))
            {
                list.Add(FormattableString.Invariant($"sales start when the last certificate is ready, day {model.CertificationReadyDay}"));
            }

            if (model.LaunchAdvertisingPerMonth is Money ads && model.LaunchAdvertisingMonths > 0)
            {
                list.Add(FormattableString.Invariant($"launch advertising {ads.Amount} {code} a month for {model.LaunchAdvertisingMonths} month(s) from the launch day"));
            }

            if (brand is not null)
            {
                list.Add(FormattableString.Invariant($"each purchase order covers {brand.OrderCoverDays} days of demand (whole units, rounded up), placed {brand.LeadTimeDays} days ({brand.ProductionDays} production + {brand.TransitDays} transit) before it is needed; no safety stock"));
                list.Add(FormattableString.Invariant($"deposit {brand.DepositShare.Percent:0.##} % when ordered, balance and freight when shipped, duties on arrival; first stock available on day {launchDay}"));
                list.Add("inventory on hand or in transit at the end of the horizon is not counted in the balance");
            }
            else if (drop is not null)
            {
                list.Add(FormattableString.Invariant($"the supplier is paid {drop.SupplierPaymentDays} days after each sale; no inventory is held"));
            }

            return list;
        }

        private int DayOf(LocalDate date) => Period.Between(start, date, PeriodUnits.Days).Days;

        private void Add(int day, CashFlowCategory category, int sku, int tag, decimal amount, decimal units, decimal unitAmount, string label)
        {
            if (day >= days || amount == 0m)
            {
                return;
            }

            var key = new Key(day, category, sku, tag);
            if (!flows.TryGetValue(key, out Flow? flow))
            {
                flows[key] = flow = new Flow { UnitAmount = unitAmount, Label = label };
            }

            flow.Amount += amount;
            flow.Units += units;
        }
    }
}
