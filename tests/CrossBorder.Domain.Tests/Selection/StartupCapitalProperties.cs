using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Monetary;
using CrossBorder.Domain.Selection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CrossBorder.Domain.Tests.Selection;

public class StartupCapitalProperties
{
    private static Money Usd(int cents) => Money.FromMinorUnits(cents, Currency.USD);

    private static Gen<LaunchSku> Skus(int i) =>
        from price in Gen.Choose(100, 20_000)
        from fees in Gen.Choose(0, 3_000)
        from sessions in Gen.Choose(0, 400)
        from drop in Gen.Choose(0, 15_000)
        from buy in Gen.Choose(0, 8_000)
        from freight in Gen.Choose(0, 2_000)
        from duty in Gen.Choose(0, 1_000)
        from fba in Gen.Choose(0, 1_000)
        select new LaunchSku(Sku.Parse("S" + i), Usd(price), Usd(fees), sessions / 7m)
        {
            DropshipCostPerUnit = Usd(drop),
            PurchaseCostPerUnit = Usd(buy),
            FreightPerUnit = Usd(freight),
            DutiesPerUnit = Usd(duty),
            FulfilmentPerUnit = Usd(fba),
        };

    private static Gen<LaunchCase> Cases =>
        from count in Gen.Choose(1, 3)
        from a in Skus(0)
        from b in Skus(1)
        from c in Skus(2)
        let skus = new[] { a, b, c }.Take(count)
        from day in Gen.Choose(0, 400)
        from months in Gen.Choose(1, 14)
        from interval in Gen.Choose(1, 31)
        from reserve in Gen.Choose(0, 30)
        from ads in Gen.Choose(0, 1_500)
        from fixedCosts in Gen.Choose(0, 50_000)
        select new LaunchCase(new LocalDate(2026, 1, 1).PlusDays(day), months, skus, PayoutSchedule.Every(interval, reserve))
        {
            AdvertisingCostPerSale = Usd(ads),
            FixedCostsPerMonth = Usd(fixedCosts),
        };

    private static Gen<LaunchModel> Models =>
        from conversion in Gen.Choose(0, 300)
        from delivery in Gen.Choose(0, 30)
        from production in Gen.Choose(0, 60)
        from transit in Gen.Choose(0, 60)
        from cover in Gen.Choose(1, 120)
        from deposit in Gen.Choose(0, 100)
        from cert in Gen.Choose(0, 90)
        from launchAds in Gen.Choose(0, 3)
        from brand in Gen.Elements(true, false)
        select brand
            ? (LaunchModel)new BrandStockingModel(Percentage.FromBasisPoints(conversion * 10), delivery, production, transit, cover)
            {
                DepositShare = Percentage.FromPercent(deposit),
                Certifications = cert == 0 ? Array.Empty<CertificationEstimate>() : new[] { new CertificationEstimate(CertificateType.Parse("CE-RED"), Usd(cert * 1000), cert) },
                LaunchAdvertisingPerMonth = Usd(25_000),
                LaunchAdvertisingMonths = launchAds,
            }
            : new DropshippingModel(Percentage.FromBasisPoints(conversion * 10), delivery) { SupplierPaymentDays = cert % 8 };

    [Property(MaxTest = 80)]
    public Property Closing_balance_is_opening_plus_the_months_flows_every_month() =>
        Prop.ForAll(Cases.ToArbitrary(), Models.ToArbitrary(), (launch, model) =>
        {
            CapitalPlan plan = StartupCapitalPlanner.Plan(launch, model);
            Money running = Money.Zero(Currency.USD);
            foreach (CapitalPlanMonth m in plan.Months)
            {
                Money inflows = Money.Sum(m.Events.Where(e => e.IsInflow).Select(e => e.Amount), Currency.USD);
                Money outflows = Money.Sum(m.Events.Where(e => !e.IsInflow).Select(e => e.Amount), Currency.USD);
                Money byCategory = Money.Sum(m.Inflows.Select(l => l.Amount), Currency.USD) - Money.Sum(m.Outflows.Select(l => l.Amount), Currency.USD);
                if (m.Opening != running || m.TotalInflows != inflows || m.TotalOutflows != outflows || m.Closing != m.Opening + inflows - outflows
                    || byCategory != m.NetFlow || m.Events.Any(e => e.Date.ToYearMonth() != m.Month) || m.LowestBalance > Money.Min(m.Opening, m.Closing))
                {
                    return false;
                }

                running = m.Closing;
            }

            Money lowestClosing = plan.Months.Select(m => m.Closing).Aggregate(Money.Min);
            return running == Money.Sum(plan.Events.Select(e => e.SignedAmount), Currency.USD)
                && plan.Events.All(e => e.Amount.IsPositive && e.Amount.IsRounded())
                && plan.Months.Sum(m => m.Events.Count) == plan.Events.Count
                && !plan.PeakCashRequirement.IsNegative
                && plan.PeakCashRequirement >= -lowestClosing
                && (plan.BreakEvenMonth is null) == plan.Months[^1].Closing.IsNegative;
        });

    [Property(MaxTest = 40)]
    public Property Planning_is_deterministic() =>
        Prop.ForAll(Cases.ToArbitrary(), Models.ToArbitrary(), (launch, model) =>
            StartupCapitalPlanner.Plan(launch, model).Explain() == StartupCapitalPlanner.Plan(launch, model).Explain());
}
