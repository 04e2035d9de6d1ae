using System;
using CrossBorder.Domain.Data;
using CrossBorder.Domain.Geography;
using NodaTime;

namespace CrossBorder.Domain.Compliance;

/// <summary>
/// What one rule found for one product in one market on one date (and, for shipping rules, one service): the rule, and a reason
/// that names the product's attribute values that triggered it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.ComplianceFindingJsonConverter))]
public sealed class ComplianceFinding
{
    private readonly Func<string>? reasonFactory;
    private string? reason;

    internal ComplianceFinding(ComplianceRule rule, CountryCode market, LocalDate asOf, ShippingService? service, Func<string> reasonFactory)
    {
        Rule = rule;
        Market = market;
        AsOf = asOf;
        Service = service;
        this.reasonFactory = reasonFactory;
    }

    /// <summary>The rule that produced the finding.</summary>
    public ComplianceRule Rule { get; }

    /// <summary>The rule's id.</summary>
    public string RuleId => Rule.Id;

    /// <summary>What the finding asks of the seller.</summary>
    public FindingKind Kind => Rule.Kind;

    /// <summary>The rule's title.</summary>
    public string Title => Rule.Title;

    /// <summary>The market evaluated.</summary>
    public CountryCode Market { get; }

    /// <summary>The evaluation date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The finding's provenance: table <c>compliance-rules</c>, the rule id as key, its period, source and the evaluation date.</summary>
    public Provenance Provenance => Provenance.Of("compliance-rules", Rule.Id, Rule, AsOf);

    /// <summary>For shipping rules, the service the finding is about; null for market rules.</summary>
    public ShippingService? Service { get; }

    /// <summary>Why the rule applies, naming the product's attribute values, for example "radio-transmitter (Bluetooth 5.3 (2.4 GHz))".</summary>
    /// <remarks>Built on first use (most screening never reads it); thread-safe, since every build gives the same text.</remarks>
    public string Reason => reason ??= reasonFactory!();

    /// <summary>The document the rule rests on.</summary>
    public Source Source => Rule.Source;

    /// <summary>When the rule is in force.</summary>
    public EffectivePeriod Period => Rule.Period;

    /// <summary>"[requirement] eu-ce-red: title — reason".</summary>
    /// <returns>One line for people.</returns>
    public override string ToString() =>
        "[" + Kind.ToString().ToLowerInvariant() + (Service is null ? string.Empty : " " + Service.Name) + "] " + RuleId + ": " + Title + " — " + Reason;
}
