using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Compliance;
using CrossBorder.Domain.Geography;
using NodaTime;

namespace CrossBorder.Domain.Serialization;

/// <summary>
/// The JSON model of a <see cref="ComplianceReport"/>: whether a product can be sold in a market on a date, what is required,
/// missing or restricted, and each shipping service's verdict. Serializing a <see cref="ComplianceReport"/> writes this model.
/// </summary>
/// <param name="Sku">The product's SKU.</param>
/// <param name="Market">The market evaluated.</param>
/// <param name="Date">The date evaluated.</param>
/// <param name="CanSell">Whether nothing blocks the sale (no restriction, no missing requirement).</param>
/// <param name="Requirements">Every requirement and its status.</param>
/// <param name="SaleRestrictions">Rules that forbid or restrict the sale.</param>
/// <param name="Advisories">Advice that does not block.</param>
/// <param name="Obligations">Obligations of the seller (labelling, registration…).</param>
/// <param name="Services">Each shipping service's verdict.</param>
public sealed record ComplianceReportJson(Sku Sku, CountryCode Market, LocalDate Date, bool CanSell, IReadOnlyList<ComplianceCheckJson> Requirements, IReadOnlyList<ComplianceFindingJson> SaleRestrictions, IReadOnlyList<ComplianceFindingJson> Advisories, IReadOnlyList<ComplianceCheckJson> Obligations, IReadOnlyList<ServiceVerdictJson> Services)
{
    /// <summary>The model of <paramref name="report"/>.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The model.</returns>
    public static ComplianceReportJson From(ComplianceReport report)
    {
        Internal.Preconditions.CheckNotNull(report, nameof(report));
        return new ComplianceReportJson(
            report.Product.Sku,
            report.Market,
            report.Date,
            report.CanSell,
            report.Requirements.Select(ComplianceCheckJson.From).ToArray(),
            report.SaleRestrictions.Select(ComplianceFindingJson.From).ToArray(),
            report.Advisories.Select(ComplianceFindingJson.From).ToArray(),
            report.Obligations.Select(ComplianceCheckJson.From).ToArray(),
            report.Services.Select(ServiceVerdictJson.From).ToArray());
    }
}
