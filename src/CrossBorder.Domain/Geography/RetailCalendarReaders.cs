using System;
using System.Collections.Generic;
using CrossBorder.Domain.Data;
using NodaTime;

namespace CrossBorder.Domain.Geography;

/// <summary>Maps <c>retail-events</c> records to <see cref="RetailEvent"/>.</summary>
internal static class RetailCalendarReaders
{
    internal static RetailEvent? Event(RecordReader r)
    {
        string? id = r.String("event");
        string? name = r.String("name");
        string? kindText = r.String("kind");
        IReadOnlyList<string> countryTexts = r.StringArray("countries", required: false) ?? Array.Empty<string>();
        bool peak = r.Boolean("peak", required: false) ?? false;
        RecordReader? ruleReader = r.Object("rule");
        Source? source = r.Source();
        RetailEventKind? kind = kindText switch
        {
            "sales-event" => RetailEventKind.SalesEvent,
            "gift-occasion" => RetailEventKind.GiftOccasion,
            "season" => RetailEventKind.Season,
            "holiday" => RetailEventKind.Holiday,
            "supply-closure" => RetailEventKind.SupplyClosure,
            "shipping-deadline" => RetailEventKind.ShippingDeadline,
            "carrier-peak" => RetailEventKind.CarrierPeak,
            null => null,
            _ => Problem<RetailEventKind>(r, "kind", kindText, "sales-event, gift-occasion, season, holiday, supply-closure, shipping-deadline or carrier-peak"),
        };
        var countries = new List<CountryCode>();
        foreach (string text in countryTexts)
        {
            if (text.Length == 2 && CountryCode.TryParse(text, out CountryCode code) && text == code.Value)
            {
                countries.Add(code);
            }
            else
            {
                r.Problem("countries", $"'{text}' is not an upper-case ISO 3166-1 alpha-2 code.");
            }
        }

        RetailEventRule? rule = ruleReader is null ? null : Rule(ruleReader);
        if (id is null || name is null || kind is null || rule is null || source is null)
        {
            return null;
        }

        return new RetailEvent(id, name, kind.Value, countries, rule, peak, source);
    }

    private static RetailEventRule? Rule(RecordReader r)
    {
        string? type = r.String("type");
        int duration = r.Int32("durationDays", required: false) ?? 1;
        int offset = r.Int32("offsetDays", required: false) ?? 0;
        switch (type)
        {
            case "fixed":
            {
                int? month = r.Int32("month");
                int? day = r.Int32("day");
                return month is null || day is null ? null : RetailEventRule.Fixed(month.Value, day.Value, duration);
            }

            case "nth-weekday":
            {
                int? month = r.Int32("month");
                int? ordinal = r.Int32("ordinal");
                string? weekdayText = r.String("weekday");
                IsoDayOfWeek? weekday = weekdayText is not null && Enum.TryParse(weekdayText, ignoreCase: true, out IsoDayOfWeek w) && w != IsoDayOfWeek.None ? w : null;
                if (weekdayText is not null && weekday is null)
                {
                    r.Problem("weekday", $"'{weekdayText}' is not a weekday name (monday … sunday).");
                }

                return month is null || ordinal is null || weekday is null ? null : RetailEventRule.NthWeekday(month.Value, ordinal.Value, weekday.Value, offset, duration);
            }

            case "easter":
                return RetailEventRule.FromEaster(offset, duration);

            case "dates":
            {
                IReadOnlyList<RecordReader>? items = r.Objects("dates");
                if (items is null)
                {
                    return null;
                }

                var dates = new List<DateInterval>();
                foreach (RecordReader item in items)
                {
                    LocalDate? start = item.Date("start");
                    LocalDate? end = item.Date("end", required: false);
                    if (start is null)
                    {
                        return null;
                    }

                    LocalDate last = end ?? start.Value;
                    if (last < start.Value)
                    {
                        item.Problem("end", "end is before start.");
                        return null;
                    }

                    dates.Add(new DateInterval(start.Value, last));
                }

                return RetailEventRule.Recorded(dates);
            }

            case null:
                return null;
            default:
                r.Problem("type", $"'{type}' is not a rule type; use fixed, nth-weekday, easter or dates.");
                return null;
        }
    }

    private static T? Problem<T>(RecordReader r, string field, string value, string allowed)
        where T : struct
    {
        r.Problem(field, $"'{value}' is not allowed; use {allowed}.");
        return null;
    }
}
