using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using NodaTime;

namespace CrossBorder.Domain.Compliance;

/// <summary>
/// The answer to "can I sell and ship this product in that market on that date, and what is missing?": product requirements
/// with their status, sale restrictions, a verdict per shipping service, advisories and the seller's obligations.
/// </summary>
/// <remarks>
/// Every list is in a fixed order (rule kind, rule id, then service), so two evaluations of the same inputs give equal reports
/// whatever order the rules were loaded in. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.ComplianceReportJsonConverter))]
public sealed class ComplianceReport
{
    internal ComplianceReport(
        Product product,
        CountryCode market,
        LocalDate date,
        IReadOnlyList<ComplianceCheck> requirements,
        IReadOnlyList<ComplianceFinding> saleRestrictions,
        IReadOnlyList<ComplianceFinding> advisories,
        IReadOnlyList<ComplianceCheck> obligations,
        IReadOnlyList<ServiceVerdict> services)
    {
        Product = product;
        Market = market;
        Date = date;
        Requirements = requirements;
        SaleRestrictions = saleRestrictions;
        Advisories = advisories;
        Obligations = obligations;
        Services = services;
    }

    /// <summary>The product evaluated.</summary>
    public Product Product { get; }

    /// <summary>The market evaluated.</summary>
    public CountryCode Market { get; }

    /// <summary>The evaluation date.</summary>
    public LocalDate Date { get; }

    /// <summary>What the product must hold before sale, each with its status.</summary>
    public IReadOnlyList<ComplianceCheck> Requirements { get; }

    /// <summary>Requirements no held certificate satisfies.</summary>
    public IReadOnlyList<ComplianceCheck> Missing => Requirements.Where(c => c.Status == CheckStatus.Missing).ToArray();

    /// <summary>Requirements satisfied by a certificate that expires within the warning window.</summary>
    public IReadOnlyList<ComplianceCheck> Expiring => Requirements.Where(c => c.Status == CheckStatus.Expiring).ToArray();

    /// <summary>Restrictions that stop the sale in the market.</summary>
    public IReadOnlyList<ComplianceFinding> SaleRestrictions { get; }

    /// <summary>Advisories for the market (shipping advisories are in <see cref="Services"/>).</summary>
    public IReadOnlyList<ComplianceFinding> Advisories { get; }

    /// <summary>The seller's obligations in the market, as a checklist.</summary>
    public IReadOnlyList<ComplianceCheck> Obligations { get; }

    /// <summary>A verdict for every shipping service, in service order.</summary>
    public IReadOnlyList<ServiceVerdict> Services { get; }

    /// <summary>Whether the product may be listed: no requirement is missing and no restriction stops the sale.</summary>
    public bool CanSell => SaleRestrictions.Count == 0 && Requirements.All(c => c.Status != CheckStatus.Missing);

    /// <summary>Every finding in the report, in report order.</summary>
    public IEnumerable<ComplianceFinding> Findings =>
        Requirements.Select(c => c.Finding)
            .Concat(SaleRestrictions)
            .Concat(Advisories)
            .Concat(Obligations.Select(c => c.Finding))
            .Concat(Services.SelectMany(s => s.Restrictions.Concat(s.Conditions.Select(c => c.Finding)).Concat(s.Advisories)));

    /// <summary>The verdict for <paramref name="service"/>.</summary>
    /// <param name="service">The service.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is null.</exception>
    public ServiceVerdict For(ShippingService service)
    {
        Preconditions.CheckNotNull(service, nameof(service));
        return Services.First(s => s.Service == service);
    }

    /// <summary>A readable multi-line report: requirements, restrictions, services, advisories and obligations.</summary>
    /// <returns>The report as text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("Compliance of ").Append(Product.Sku).Append(" (").Append(Product.Title).Append(") in ").Append(Market)
            .Append(" on ").Append(IsoDate.Format(Date)).Append(": ").Append(CanSell ? "can be sold" : "NOT ready to sell").AppendLine();
        AppendChecks(text, "Requirements", Requirements);
        if (SaleRestrictions.Count > 0)
        {
            text.AppendLine("Sale restrictions");
            foreach (ComplianceFinding f in SaleRestrictions)
            {
                text.Append("  ").Append(f.RuleId).Append(": ").Append(f.Title).Append(" — ").AppendLine(f.Reason);
            }
        }

        text.AppendLine("Shipping");
        foreach (ServiceVerdict v in Services)
        {
            text.Append("  ").Append(v.Service.Name.PadRight(15)).Append(v.IsAccepted ? "accepted" : "REFUSED");
            if (!v.IsAccepted)
            {
                text.Append(" by ").Append(string.Join(", ", v.Restrictions.Select(r => r.RuleId)));
            }
            else if (v.Conditions.Count > 0)
            {
                text.Append(" if ").Append(string.Join(", ", v.Conditions.Select(c => c.Finding.RuleId + (c.Status == CheckStatus.Missing ? " (missing)" : string.Empty))));
            }

            text.AppendLine();
        }

        if (Advisories.Count > 0)
        {
            text.AppendLine("Advisories");
            foreach (ComplianceFinding f in Advisories)
            {
                text.Append("  ").Append(f.RuleId).Append(": ").AppendLine(f.Title);
            }
        }

        AppendChecks(text, "Seller obligations", Obligations);
        return text.ToString();
    }

    private static void AppendChecks(StringBuilder text, string heading, IReadOnlyList<ComplianceCheck> checks)
    {
        if (checks.Count == 0)
        {
            return;
        }

        text.AppendLine(heading);
        foreach (ComplianceCheck c in checks)
        {
            text.Append("  ").Append(c.Status.ToString().PadRight(10)).Append(c.Finding.RuleId.PadRight(34)).Append(c.Finding.Title);
            if (c.Certificate is { } cert)
            {
                text.Append(" [").Append(cert.Type).Append(' ').Append(cert.Number);
                if (c.DaysToExpiry is { } days)
                {
                    text.Append(", ").Append(days.ToString(CultureInfo.InvariantCulture)).Append(" days left");
                }

                text.Append(']');
            }

            text.AppendLine();
        }
    }
}
