using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CrossBorder.Domain.Tests.Geography;

/// <summary>
/// Retail calendar. Black Friday is the day after US Thanksgiving (the fourth Thursday of November) and Cyber Monday the Monday after;
/// Mother's Day is the second Sunday of May in the US, Germany and Japan, Mothering Sunday (three weeks before Easter) in the UK,
/// 10 May in Mexico (sources in retail-events.json).
/// </summary>
public class RetailCalendarTests
{
    private static RetailCalendar Calendar => Markets.Default.Calendar;

    [Theory]
    [InlineData(2024, "2024-11-29", "2024-12-02")]
    [InlineData(2025, "2025-11-28", "2025-12-01")]
    [InlineData(2026, "2026-11-27", "2026-11-30")]
    [InlineData(2027, "2027-11-26", "2027-11-29")]
    [InlineData(2028, "2028-11-24", "2028-11-27")]
    [InlineData(2029, "2029-11-23", "2029-11-26")]
    [InlineData(2030, "2030-11-29", "2030-12-02")]
    public void Black_friday_and_cyber_monday(int year, string blackFriday, string cyberMonday)
    {
        Assert.Equal(Date(blackFriday), Calendar.Occurrence("black-friday", "US", year).Start);
        Assert.Equal(Date(cyberMonday), Calendar.Occurrence("cyber-monday", "US", year).Start);
        Assert.Equal(IsoDayOfWeek.Friday, Date(blackFriday).DayOfWeek);
        Assert.Equal(Date(blackFriday), Calendar.Occurrence("black-friday", "DE", year).Start);
    }

    [Theory]
    [InlineData("US", 2026, "2026-05-10")]
    [InlineData("DE", 2026, "2026-05-10")]
    [InlineData("JP", 2026, "2026-05-10")]
    [InlineData("GB", 2026, "2026-03-15")]
    [InlineData("IE", 2025, "2025-03-30")]
    [InlineData("GB", 2024, "2024-03-10")]
    [InlineData("MX", 2026, "2026-05-10")]
    [InlineData("MX", 2027, "2027-05-10")]
    [InlineData("US", 2027, "2027-05-09")]
    [InlineData("ES", 2026, "2026-05-03")]
    public void Mothers_day_differs_by_country(string country, int year, string expected) =>
        Assert.Equal(Date(expected), Calendar.Occurrence("mothers-day", country, year).Start);

    [Fact]
    public void Prime_day_is_data_per_year_and_a_missing_year_is_an_error()
    {
        RetailEventOccurrence p2025 = Calendar.Occurrence("prime-day", "US", 2025);
        Assert.Equal(new DateInterval(new LocalDate(2025, 7, 8), new LocalDate(2025, 7, 11)), p2025.Dates);
        Assert.Equal(new LocalDate(2026, 6, 23), Calendar.Occurrence("prime-day", "US", 2026).Start);
        var ex = Assert.Throws<RecordNotInForceException>(() => Calendar.Occurrence("prime-day", "US", 2030));
        Assert.Equal("year", ex.ParamName);
        Assert.False(Calendar.TryGetOccurrence("prime-day", "US", 2030, out _));
    }

    [Fact]
    public void An_event_not_observed_in_a_country_is_a_specific_error()
    {
        var ex = Assert.Throws<UnknownRetailEventException>(() => Calendar.Occurrence("singles-day", "US", 2026));
        Assert.Equal("singles-day", ex.EventId);
        Assert.Contains("black-friday", ex.Message, StringComparison.Ordinal);
        Assert.False(Calendar.TryGetOccurrence("singles-day", "US", 2026, out _));
        Assert.Null(Calendar.EventFor("no-such-event", "US"));
    }

    [Fact]
    public void Chinese_new_year_and_factory_closures_come_from_recorded_dates()
    {
        Assert.Equal(new LocalDate(2026, 2, 17), Calendar.Occurrence("chinese-new-year", "CN", 2026).Start);
        RetailEventOccurrence closure = Calendar.Occurrence("cny-factory-closure", "CN", 2027);
        Assert.Equal(new LocalDate(2027, 1, 30), closure.Start);
        Assert.Equal(new LocalDate(2027, 2, 20), closure.End);
        Assert.Equal(RetailEventKind.SupplyClosure, closure.Event.Kind);
    }

    [Fact]
    public void Is_peak_and_events_between()
    {
        Assert.True(Calendar.IsPeak(new LocalDate(2026, 11, 27), "US"));
        Assert.True(Calendar.IsPeak(new LocalDate(2026, 11, 11), "MY"));
        Assert.True(Calendar.IsPeak(new LocalDate(2026, 12, 26), "GB"));
        Assert.False(Calendar.IsPeak(new LocalDate(2026, 11, 11), "US"));
        Assert.False(Calendar.IsPeak(new LocalDate(2026, 8, 4), "US"));

        IReadOnlyList<RetailEventOccurrence> events = Calendar.EventsBetween("GB", new LocalDate(2026, 11, 1), new LocalDate(2026, 12, 31));
        Assert.Equal(new[] { "black-friday", "cyber-monday", "christmas", "boxing-day" }, events.Select(e => e.Event.Id));
        Assert.True(events.Select(e => e.Start).SequenceEqual(events.Select(e => e.Start).OrderBy(d => d)));
        Assert.Throws<ArgumentException>(() => Calendar.EventsBetween("GB", new LocalDate(2026, 12, 31), new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void Golden_week_runs_from_showa_day_to_childrens_day()
    {
        RetailEventOccurrence gw = Calendar.Occurrence("golden-week", "JP", 2026);
        Assert.Equal(new DateInterval(new LocalDate(2026, 4, 29), new LocalDate(2026, 5, 5)), gw.Dates);
    }

    [Fact]
    public void Latest_ship_date_subtracts_the_lead_time_from_the_event_start()
    {
        Assert.Equal(new LocalDate(2026, 10, 23), Calendar.LatestShipDate("black-friday", "US", 2026, 35));
        Assert.Equal(new LocalDate(2026, 11, 27), Calendar.LatestShipDate("black-friday", "US", 2026, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.LatestShipDate("black-friday", "US", 2026, -1));
    }

    [Fact]
    public void Users_can_add_their_own_event_or_dates()
    {
        var jpPrimeDay = new RetailEvent("prime-day", "Prime Day (Japan)", RetailEventKind.SalesEvent, new CountryCode[] { "JP" }, RetailEventRule.Recorded(new[] { new DateInterval(new LocalDate(2025, 7, 11), new LocalDate(2025, 7, 14)) }), true, Source.UserSupplied("Own calendar", new LocalDate(2026, 11, 25)));
        RetailCalendar calendar = Calendar.WithEvents(new[] { jpPrimeDay });
        Assert.Equal(new LocalDate(2025, 7, 11), calendar.Occurrence("prime-day", "JP", 2025).Start);
        Assert.Equal(new LocalDate(2025, 7, 8), calendar.Occurrence("prime-day", "US", 2025).Start);
        Assert.False(Calendar.TryGetOccurrence("prime-day", "JP", 2025, out _));
    }

    [Fact]
    public void Back_to_school_is_july_to_september_in_the_us_and_april_in_japan()
    {
        // Accelerated Analytics after NRF: back-to-school sales run July through September. TJF: Japan's school year starts on 1 April.
        RetailEventOccurrence us = Calendar.Occurrence("back-to-school", "US", 2026);
        Assert.Equal(new DateInterval(new LocalDate(2026, 7, 1), new LocalDate(2026, 9, 30)), us.Dates);
        Assert.Equal(RetailEventKind.Season, us.Event.Kind);
        Assert.Equal(new LocalDate(2027, 4, 1), Calendar.Occurrence("back-to-school", "JP", 2027).Start);
        Assert.False(Calendar.TryGetOccurrence("back-to-school", "DE", 2026, out _)); // German dates vary by state: not recorded
    }

    [Theory]
    [InlineData("christmas-last-ship-usps-ground-advantage", "US", 2025, "2025-12-17")] // USPS 2025 (Mercer ME notice), contiguous US
    [InlineData("christmas-last-ship-usps-priority-mail", "US", 2025, "2025-12-18")]
    [InlineData("christmas-last-ship-usps-priority-mail-express", "US", 2025, "2025-12-20")]
    [InlineData("christmas-last-post-royal-mail-2nd-class", "GB", 2024, "2024-12-18")] // Royal Mail 2024 (Cornish Times)
    [InlineData("christmas-last-post-royal-mail-1st-class", "GB", 2024, "2024-12-20")]
    [InlineData("christmas-last-post-royal-mail-tracked-24", "GB", 2024, "2024-12-21")]
    [InlineData("christmas-last-post-royal-mail-special-delivery", "GB", 2024, "2024-12-23")]
    [InlineData("christmas-last-ship-ups-3-day-select", "US", 2025, "2025-12-19")] // UPS 2025 (WFTV), delivery by Dec 24
    [InlineData("christmas-last-ship-ups-2nd-day-air", "US", 2025, "2025-12-22")]
    [InlineData("christmas-last-ship-ups-next-day-air", "US", 2025, "2025-12-23")]
    [InlineData("christmas-last-ship-dhl-paket", "DE", 2025, "2025-12-20")] // DHL 2025 (Kukksi), delivery by Christmas Eve
    [InlineData("christmas-last-ship-dhl-express", "DE", 2025, "2025-12-22")]
    public void Carrier_christmas_deadlines_are_the_published_dates(string eventId, string country, int year, string expected)
    {
        RetailEventOccurrence deadline = Calendar.Occurrence(eventId, country, year);

        Assert.Equal(Date(expected), deadline.Start);
        Assert.Equal(deadline.Start, deadline.End);
        Assert.Equal(RetailEventKind.ShippingDeadline, deadline.Event.Kind);
        Assert.True(deadline.Start < Calendar.Occurrence("christmas", country, year).Start);
        Assert.False(deadline.Event.IsPeak);
        // Carriers publish their dates each autumn; a year not recorded is an error, never a guess.
        Assert.False(Calendar.TryGetOccurrence(eventId, country, 2026, out _));
        Assert.Throws<RecordNotInForceException>(() => Calendar.Occurrence(eventId, country, 2026));
    }

    [Fact]
    public void Latest_ship_date_works_back_from_a_carrier_deadline()
    {
        // Goods 21 days from the US warehouse to the customer must leave by 2025-11-26 to catch USPS Ground Advantage's 2025-12-17.
        Assert.Equal(new LocalDate(2025, 11, 26), Calendar.LatestShipDate("christmas-last-ship-usps-ground-advantage", "US", 2025, 21));
    }

    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    public void Easter_sunday(int year, string expected) => Assert.Equal(Date(expected), RetailEventRule.EasterSunday(year));

    public static Arbitrary<int> Years() => Gen.Choose(1600, 9000).ToArbitrary();

    [FsCheck.Xunit.Property(Arbitrary = new[] { typeof(RetailCalendarTests) })]
    public bool Computed_event_dates_fall_inside_their_month(int year)
    {
        (string Event, string Country, int Month)[] rules =
        {
            ("black-friday", "US", 11), ("mothers-day", "US", 5), ("mothers-day", "ES", 5), ("mothers-day", "MX", 5),
            ("singles-day", "CN", 11), ("double-twelve", "SG", 12), ("christmas", "DE", 12), ("boxing-day", "GB", 12), ("valentines-day", "FR", 2),
        };
        bool easterBased = Calendar.Occurrence("mothers-day", "GB", year).Start.Month is 3 or 4;
        return easterBased && rules.All(r =>
        {
            RetailEventOccurrence o = Calendar.Occurrence(r.Event, r.Country, year);
            return o.Start.Month == r.Month && o.End.Month == r.Month && o.Start.Year == year;
        });
    }

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
