using System;
using System.Collections.Generic;
using System.Globalization;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Monetary;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Domain.Csv.Internal;

/// <summary>
/// Typed, culture-invariant reads of the cells of one row. Each read that fails adds a problem naming the line, the column, the
/// offending text and what is allowed, and returns false; callers combine reads with the non-short-circuit <c>&amp;</c> so that every
/// problem of a row is reported.
/// </summary>
internal readonly struct CsvRow
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
    private readonly CsvSheet sheet;
    private readonly CsvRecord record;
    private readonly List<CsvProblem> problems;

    public CsvRow(CsvSheet sheet, CsvRecord record, List<CsvProblem> problems)
    {
        this.sheet = sheet;
        this.record = record;
        this.problems = problems;
    }

    public int Line => record.Line;

    public string Cell(string column) => sheet.Field(record, column);

    public bool IsEmpty(string column) => Cell(column).Length == 0;

    public void Problem(string column, string message) => problems.Add(new CsvProblem(record.Line, column, message));

    public bool Text(string column, out string value)
    {
        value = Cell(column);
        if (value.Length == 0)
        {
            Problem(column, "the cell is empty; a value is required.");
            return false;
        }

        return true;
    }

    public bool Decimal(string column, out decimal value, bool allowNegative = false)
    {
        string cell = Cell(column);
        if (!decimal.TryParse(cell, DecimalStyle, CultureInfo.InvariantCulture, out value))
        {
            Problem(column, $"'{CsvText.Shorten(cell)}' is not a number; write digits with '.' as the decimal point and no thousands separators (for example 1234.50).");
            return false;
        }

        if (!allowNegative && value < 0m)
        {
            Problem(column, $"'{cell}' is negative; it must be zero or greater.");
            return false;
        }

        return true;
    }

    public bool OptionalDecimal(string column, out decimal? value)
    {
        value = null;
        if (IsEmpty(column))
        {
            return true;
        }

        if (Decimal(column, out decimal d))
        {
            value = d;
            return true;
        }

        return false;
    }

    public bool Int32(string column, out int value)
    {
        string cell = Cell(column);
        if (!int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) || value < 0)
        {
            Problem(column, $"'{CsvText.Shorten(cell)}' is not a whole number of zero or more.");
            return false;
        }

        return true;
    }

    public bool Int64(string column, out long value)
    {
        string cell = Cell(column);
        if (!long.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) || value < 0)
        {
            Problem(column, $"'{CsvText.Shorten(cell)}' is not a whole number of zero or more.");
            return false;
        }

        return true;
    }

    public bool Boolean(string column, bool fallback, out bool value)
    {
        string cell = Cell(column);
        value = fallback;
        if (cell.Length == 0)
        {
            return true;
        }

        switch (cell.ToLowerInvariant())
        {
            case "true" or "1" or "yes":
                value = true;
                return true;
            case "false" or "0" or "no":
                value = false;
                return true;
            default:
                Problem(column, $"'{CsvText.Shorten(cell)}' is not a boolean; use true or false.");
                return false;
        }
    }

    public bool Currency(string column, out Currency currency)
    {
        string cell = Cell(column);
        if (Monetary.Currency.TryFromCode(cell, out Currency? found))
        {
            currency = found;
            return true;
        }

        currency = Monetary.Currency.XXX;
        Problem(column, $"'{CsvText.Shorten(cell)}' is not an active ISO 4217 currency code (for example USD, EUR, JPY).");
        return false;
    }

    public bool Country(string column, out CountryCode country)
    {
        string cell = Cell(column);
        if (CountryCode.TryParse(cell, out country))
        {
            return true;
        }

        Problem(column, $"'{CsvText.Shorten(cell)}' is not an ISO 3166-1 alpha-2 country code (for example CN, DE, US).");
        return false;
    }

    public bool HsCode(string column, out HsCode code)
    {
        string cell = Cell(column);
        if (Catalog.HsCode.TryParse(cell, out code))
        {
            return true;
        }

        Problem(column, $"'{CsvText.Shorten(cell)}' is not an HS code; write 6, 8 or 10 digits (dots allowed, for example 6912.00).");
        return false;
    }

    public bool Marketplace(string column, out MarketplaceId marketplace)
    {
        string cell = Cell(column);
        if (MarketplaceId.TryParse(cell, out marketplace))
        {
            return true;
        }

        Problem(column, $"'{CsvText.Shorten(cell)}' is not a marketplace id; write platform-country in lower case (for example amazon-de, ebay-uk).");
        return false;
    }

    public bool Date(string column, out LocalDate date)
    {
        string cell = Cell(column);
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(cell);
        date = result.Success ? result.Value : default;
        if (!result.Success)
        {
            Problem(column, $"'{CsvText.Shorten(cell)}' is not an ISO date; write yyyy-MM-dd (for example 2026-03-31).");
        }

        return result.Success;
    }

    public bool OptionalDate(string column, out LocalDate? date)
    {
        date = null;
        if (IsEmpty(column))
        {
            return true;
        }

        if (Date(column, out LocalDate d))
        {
            date = d;
            return true;
        }

        return false;
    }

    public bool Instant(string column, out Instant instant)
    {
        string cell = Cell(column);
        ParseResult<Instant> utc = InstantPattern.ExtendedIso.Parse(cell);
        if (utc.Success)
        {
            instant = utc.Value;
            return true;
        }

        ParseResult<OffsetDateTime> offset = OffsetDateTimePattern.ExtendedIso.Parse(cell);
        if (offset.Success)
        {
            instant = offset.Value.ToInstant();
            return true;
        }

        instant = default;
        Problem(column, $"'{CsvText.Shorten(cell)}' is not an ISO-8601 instant; write 2026-03-31T14:05:00Z or with an offset, 2026-03-31T16:05:00+02:00 (a time without Z or offset is ambiguous).");
        return false;
    }

    public bool Enum<TEnum>(string column, TEnum fallback, bool required, out TEnum value)
        where TEnum : struct, Enum
    {
        string cell = Cell(column);
        value = fallback;
        if (cell.Length == 0 && !required)
        {
            return true;
        }

        if (EnumText.TryParse(cell, out value))
        {
            return true;
        }

        Problem(column, $"'{CsvText.Shorten(cell)}' is not one of {EnumText.Allowed<TEnum>()}.");
        return false;
    }
}
