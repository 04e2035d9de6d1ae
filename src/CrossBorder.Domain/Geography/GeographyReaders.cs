using System;
using System.Collections.Generic;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Geography;

/// <summary>Maps the records of the Geography tables (embedded or supplied by the user) to typed records.</summary>
internal static class GeographyReaders
{
    internal static Country? Country(RecordReader r)
    {
        CountryCode? code = Code(r, "code");
        string? alpha3 = r.String("alpha3");
        int? numeric = r.Int32("numeric");
        string? name = r.String("name");
        Currency? currency = CurrencyField(r, "currency");
        IReadOnlyList<string>? languages = r.StringArray("languages");
        string? measurement = r.String("measurement");
        IReadOnlyList<string> memberships = r.StringArray("memberships", required: false) ?? Array.Empty<string>();
        IReadOnlyList<string> excluded = r.StringArray("vatExcludedTerritories", required: false) ?? Array.Empty<string>();
        Source? source = r.Source();
        MeasurementSystem? system = measurement switch
        {
            "metric" => MeasurementSystem.Metric,
            "us-customary" => MeasurementSystem.UsCustomary,
            "imperial" => MeasurementSystem.Imperial,
            null => null,
            _ => Bad<MeasurementSystem>(r, "measurement", measurement, "metric, us-customary or imperial"),
        };
        Membership flags = Membership.None;
        foreach (string m in memberships)
        {
            flags |= m switch
            {
                "eu" => Membership.EuMember,
                "eu-customs-union" => Membership.EuCustomsUnion,
                "eu-vat-area" => Membership.EuVatArea,
                "eea" => Membership.Eea,
                "gcc" => Membership.Gcc,
                _ => Bad<Membership>(r, "memberships", m, "eu, eu-customs-union, eu-vat-area, eea or gcc") ?? Membership.None,
            };
        }

        if (code is null || alpha3 is null || numeric is null || name is null || currency is null || languages is null || system is null || source is null)
        {
            return null;
        }

        return new Country(code.Value, alpha3, numeric.Value, name, currency, languages, system.Value, flags, excluded, source);
    }

    internal static TaxRegime? TaxRegime(RecordReader r)
    {
        CountryCode? country = Code(r, "country");
        string? kindText = r.String("kind");
        string? name = r.String("name");
        bool? onImport = r.Boolean("chargedOnImport");
        bool subnational = r.Boolean("subnational", required: false) ?? false;
        bool? facilitator = r.Boolean("marketplaceFacilitatorCollects", required: false);
        string? note = r.String("note", required: false);
        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        IndirectTaxKind? kind = kindText switch
        {
            "vat" => IndirectTaxKind.Vat,
            "gst" => IndirectTaxKind.Gst,
            "consumption-tax" => IndirectTaxKind.ConsumptionTax,
            "sales-tax" => IndirectTaxKind.SalesTax,
            "subnational-sales-tax" => IndirectTaxKind.SubnationalSalesTax,
            "layered-federal-and-state" => IndirectTaxKind.LayeredFederalAndState,
            null => null,
            _ => Bad<IndirectTaxKind>(r, "kind", kindText, "vat, gst, consumption-tax, sales-tax, subnational-sales-tax or layered-federal-and-state"),
        };
        if (country is null || kind is null || name is null || onImport is null || period is null || source is null)
        {
            return null;
        }

        return new TaxRegime(country.Value, kind.Value, name, onImport.Value, subnational, facilitator, note, period.Value, source);
    }

    internal static VatRate? VatRate(RecordReader r)
    {
        CountryCode? country = Code(r, "country");
        string region = r.String("region", required: false) ?? string.Empty;
        string? category = r.String("category");
        string? kindText = r.String("kind");
        decimal? rate = r.Decimal("rate");
        string? taxName = r.String("taxName", required: false);
        bool addsToNational = r.Boolean("addsToNational", required: false) ?? false;
        string? appliesTo = r.String("appliesTo", required: false);
        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        VatRateKind? kind = kindText switch
        {
            "standard" => VatRateKind.Standard,
            "reduced" => VatRateKind.Reduced,
            "super-reduced" => VatRateKind.SuperReduced,
            "zero" => VatRateKind.Zero,
            "provincial" => VatRateKind.Provincial,
            null => null,
            _ => Bad<VatRateKind>(r, "kind", kindText, "standard, reduced, super-reduced, zero or provincial"),
        };
        if (rate is < 0m or > 100m)
        {
            r.Problem("rate", $"{rate} is not a percentage between 0 and 100.");
            return null;
        }

        if (country is null || category is null || kind is null || rate is null || period is null || source is null)
        {
            return null;
        }

        return new VatRate(country.Value, region, category, kind.Value, Percentage.FromPercent(rate.Value), taxName, addsToNational, appliesTo, period.Value, source);
    }

    internal static LowValueImportRule? LowValue(RecordReader r)
    {
        CountryCode? country = Code(r, "country");
        string variant = r.String("variant", required: false) ?? LowValueImportRule.DefaultVariant;
        Currency? currency = CurrencyField(r, "currency");
        decimal? duty = r.Decimal("dutyFreeUpTo", required: false);
        decimal? tax = r.Decimal("taxFreeUpTo", required: false);
        decimal? pos = r.Decimal("pointOfSaleCollectionUpTo", required: false);
        decimal? flat = r.Decimal("flatDutyPerItemCategory", required: false);
        string? scheme = r.String("scheme", required: false);
        string? collectorText = r.String("collector");
        string? basisText = r.String("basis");
        string statusText = r.String("status", required: false) ?? "in-force";
        string? note = r.String("note", required: false);
        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        TaxCollector? collector = Collector(r, "collector", collectorText);
        ThresholdBasis? basis = basisText switch
        {
            "intrinsic-value-per-consignment" => ThresholdBasis.IntrinsicValuePerConsignment,
            "customs-value-per-consignment" => ThresholdBasis.CustomsValuePerConsignment,
            "fair-retail-value-per-person-per-day" => ThresholdBasis.FairRetailValuePerPersonPerDay,
            "item-value-at-point-of-sale" => ThresholdBasis.ItemValueAtPointOfSale,
            "sale-price" => ThresholdBasis.SalePrice,
            "tax-assessment-basis" => ThresholdBasis.TaxAssessmentBasis,
            "declared-value-per-shipment" => ThresholdBasis.DeclaredValuePerShipment,
            null => null,
            _ => Bad<ThresholdBasis>(r, "basis", basisText, "intrinsic-value-per-consignment, customs-value-per-consignment, fair-retail-value-per-person-per-day, item-value-at-point-of-sale, sale-price, tax-assessment-basis or declared-value-per-shipment"),
        };
        RuleStatus? status = statusText switch
        {
            "in-force" => RuleStatus.InForce,
            "suspended" => RuleStatus.Suspended,
            "announced" => RuleStatus.Announced,
            _ => Bad<RuleStatus>(r, "status", statusText, "in-force, suspended or announced"),
        };
        if (country is null || currency is null || collector is null || basis is null || status is null || period is null || source is null)
        {
            return null;
        }

        return new LowValueImportRule(
            country.Value, variant, ToMoney(duty, currency), ToMoney(tax, currency), ToMoney(pos, currency), scheme, collector.Value, basis.Value,
            status.Value, ToMoney(flat, currency), note, period.Value, source);
    }

    internal static CustomsValuationRule? Valuation(RecordReader r)
    {
        CountryCode? country = Code(r, "country");
        string? basisText = r.String("basis");
        IReadOnlyList<string>? parts = r.StringArray("importVatBase", required: false);
        string? note = r.String("note", required: false);
        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        ValuationBasis? basis = basisText switch
        {
            "cif" => ValuationBasis.Cif,
            "fob" => ValuationBasis.Fob,
            null => null,
            _ => Bad<ValuationBasis>(r, "basis", basisText, "cif or fob"),
        };
        ImportVatBase vatBase = ImportVatBase.None;
        bool partsOk = true;
        foreach (string part in parts ?? Array.Empty<string>())
        {
            ImportVatBase? flag = part switch
            {
                "customs-value" => ImportVatBase.CustomsValue,
                "duty" => ImportVatBase.Duty,
                "international-transport-and-insurance" => ImportVatBase.InternationalTransportAndInsurance,
                "transport-to-destination" => ImportVatBase.TransportToDestination,
                "other-taxes" => ImportVatBase.OtherTaxes,
                _ => Bad<ImportVatBase>(r, "importVatBase", part, "customs-value, duty, international-transport-and-insurance, transport-to-destination or other-taxes"),
            };
            if (flag is null)
            {
                partsOk = false;
            }
            else
            {
                vatBase |= flag.Value;
            }
        }

        if (country is null || basis is null || !partsOk || period is null || source is null)
        {
            return null;
        }

        return new CustomsValuationRule(country.Value, basis.Value, parts is null ? null : vatBase, note, period.Value, source);
    }

    internal static Marketplace? Marketplace(RecordReader r) => Marketplace(r, checkZone: true);

    /// <summary>Embedded records skip the tz check at load time (a test checks every embedded zone); user records are checked.</summary>
    internal static Marketplace? EmbeddedMarketplace(RecordReader r) => Marketplace(r, checkZone: false);

    private static Marketplace? Marketplace(RecordReader r, bool checkZone)
    {
        string? idText = r.String("id");
        string? platformText = r.String("platform");
        CountryCode? country = Code(r, "country");
        Currency? currency = CurrencyField(r, "currency");
        IReadOnlyList<string>? languages = r.StringArray("languages");
        string? domain = r.String("domain", required: false);
        bool? inclusive = r.Boolean("pricesIncludeVat", required: false);
        bool? facilitator = r.Boolean("facilitatorCollectsTax", required: false);
        string? zone = r.String("timeZone");
        string? note = r.String("note", required: false);
        EffectivePeriod? period = r.Period();
        Source? source = r.Source();
        MarketplaceId? id = null;
        if (idText is not null)
        {
            if (MarketplaceId.TryParse(idText, out MarketplaceId parsed))
            {
                id = parsed;
            }
            else
            {
                r.Problem("id", $"'{idText}' is not a marketplace id of the form '<platform>-<site>'.");
            }
        }

        Platform? platform = null;
        if (platformText is not null && !Platform.TryFromPrefix(platformText, out platform))
        {
            r.Problem("platform", $"'{platformText}' is not a platform; use amazon, ebay, shopify, shopee, lazada or tiktok.");
        }

        if (checkZone && zone is not null && NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            r.Problem("timeZone", $"'{zone}' is not a tz database zone identifier (for example Europe/Berlin).");
            return null;
        }

        if (id is null || platform is null || country is null || currency is null || languages is null || zone is null || period is null || source is null)
        {
            return null;
        }

        return new Marketplace(id.Value, platform, country.Value, currency, languages, domain, inclusive, facilitator, zone, note, period.Value, source);
    }

    internal static PaymentMethodUse? Payment(RecordReader r)
    {
        CountryCode? country = Code(r, "country");
        string? method = r.String("method");
        string? name = r.String("name");
        string? kindText = r.String("kind");
        string? note = r.String("note", required: false);
        Source? source = r.Source();
        PaymentMethodKind? kind = kindText switch
        {
            "card" => PaymentMethodKind.Card,
            "wallet" => PaymentMethodKind.Wallet,
            "bank-redirect" => PaymentMethodKind.BankRedirect,
            "real-time-payment" => PaymentMethodKind.RealTimePayment,
            "buy-now-pay-later" => PaymentMethodKind.BuyNowPayLater,
            "cash-voucher" => PaymentMethodKind.CashVoucher,
            "cash-on-delivery" => PaymentMethodKind.CashOnDelivery,
            null => null,
            _ => Bad<PaymentMethodKind>(r, "kind", kindText, "card, wallet, bank-redirect, real-time-payment, buy-now-pay-later, cash-voucher or cash-on-delivery"),
        };
        if (country is null || method is null || name is null || kind is null || source is null)
        {
            return null;
        }

        return new PaymentMethodUse(country.Value, method, name, kind.Value, note, source);
    }

    internal static PowerSupply? Power(RecordReader r)
    {
        CountryCode? country = Code(r, "country");
        IReadOnlyList<string>? plugs = r.StringArray("plugTypes");
        string? volts = r.String("voltages");
        string? hertz = r.String("frequencies");
        Source? source = r.Source();
        int[]? v = Numbers(r, "voltages", volts);
        int[]? f = Numbers(r, "frequencies", hertz);
        if (country is null || plugs is null || v is null || f is null || source is null)
        {
            return null;
        }

        return new PowerSupply(country.Value, plugs, v, f, source);
    }

    private static int[]? Numbers(RecordReader r, string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        string[] parts = text.Split('/');
        var result = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out result[i]))
            {
                r.Problem(field, $"'{text}' is not a list of whole numbers separated by '/', such as \"230\" or \"50/60\".");
                return null;
            }
        }

        return result;
    }

    internal static CountryCode? Code(RecordReader r, string field)
    {
        string? text = r.String(field);
        if (text is null)
        {
            return null;
        }

        if (text.Length == 2 && CountryCode.TryParse(text, out CountryCode code) && string.Equals(text, code.Value, StringComparison.Ordinal))
        {
            return code;
        }

        r.Problem(field, $"'{text}' is not an upper-case ISO 3166-1 alpha-2 code (or the union code EU).");
        return null;
    }

    private static TaxCollector? Collector(RecordReader r, string field, string? text) => text switch
    {
        "importer" => TaxCollector.Importer,
        "seller" => TaxCollector.Seller,
        "marketplace-or-seller" => TaxCollector.MarketplaceOrSeller,
        "marketplace" => TaxCollector.Marketplace,
        null => null,
        _ => Bad<TaxCollector>(r, field, text, "importer, seller, marketplace-or-seller or marketplace"),
    };

    private static Currency? CurrencyField(RecordReader r, string field)
    {
        string? text = r.String(field);
        if (text is null)
        {
            return null;
        }

        if (Currency.TryFromCode(text, out Currency? currency))
        {
            return currency;
        }

        r.Problem(field, $"'{text}' is not an ISO 4217 currency code the currency table knows.");
        return null;
    }

    private static Money? ToMoney(decimal? amount, Currency currency) => amount is { } a ? new Money(a, currency) : null;

    private static T? Bad<T>(RecordReader r, string field, string value, string allowed)
        where T : struct
    {
        r.Problem(field, $"'{value}' is not allowed; use {allowed}.");
        return null;
    }
}
