using System;
using System.Collections.Generic;
using CrossBorder.Domain.Customs;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Logistics;
using CrossBorder.Domain.Monetary;
using NodaTime;

namespace CrossBorder.Domain.LandedCost;

/// <summary>
/// A shipment to cost: lines bought under an Incoterm, moved from an origin to a destination with a freight quote, insurance and
/// fees, imported on a date, reported in the seller's currency.
/// </summary>
/// <remarks>
/// The Incoterm is the one between the supplier and the importing seller. Where the supplier pays a leg (main carriage under C- and
/// D-rules, insurance under CIF/CIP and D-rules, on-carriage under D-rules), the shipment's figure for that leg is taken to be included
/// in the invoice price: it is used to build the customs value (added on CIF-basis, deducted on FOB-basis) but not paid twice.
/// </remarks>
public sealed record Shipment
{
    /// <summary>Creates a shipment.</summary>
    /// <param name="lines">The lines, at least one.</param>
    /// <param name="origin">The country the goods are shipped from.</param>
    /// <param name="destination">The importing country.</param>
    /// <param name="incoterm">The Incoterms 2020 rule of the purchase.</param>
    /// <param name="freight">The main carriage to the place of entry.</param>
    /// <param name="date">The date of importation (rates, rules and exchange rates are taken as of this day).</param>
    /// <param name="reportingCurrency">The seller's reporting currency.</param>
    /// <param name="insurance">Cargo insurance; <see cref="InsuranceCover.None"/> when null.</param>
    /// <param name="onCarriage">Transport from the place of entry to the first destination (warehouse), or null.</param>
    /// <param name="fees">Broker, clearance and other fees, or null.</param>
    /// <param name="sellerVatRegistered">Whether the importer can recover import VAT (then it is shown but not counted in the landed cost).</param>
    /// <param name="allocation">How shared costs are split over the lines.</param>
    /// <param name="useLowValueScheme">Whether the seller collects VAT at checkout under the destination's low-value scheme (IOSS, UK £135, AU LVG) for this consignment.</param>
    /// <param name="claimPreference">Whether to use a preferential duty rate where the schedule has one for the origin.</param>
    /// <param name="usEntryType">The US entry type, or null to decide by the informal-entry limit.</param>
    /// <exception cref="ArgumentException"><paramref name="lines"/> is empty, a country is the default code, or origin equals destination.</exception>
    public Shipment(
        IReadOnlyList<ShipmentLine> lines,
        CountryCode origin,
        CountryCode destination,
        Incoterm incoterm,
        FreightQuote freight,
        LocalDate date,
        Currency reportingCurrency,
        InsuranceCover? insurance = null,
        Money? onCarriage = null,
        IReadOnlyList<ShipmentFee>? fees = null,
        bool sellerVatRegistered = true,
        AllocationMethod allocation = AllocationMethod.Value,
        bool useLowValueScheme = false,
        bool claimPreference = false,
        UsEntryType? usEntryType = null)
    {
        Preconditions.CheckNotEmpty(lines, nameof(lines));
        for (int i = 0; i < lines.Count; i++)
        {
            Preconditions.CheckNotNull(lines[i], nameof(lines));
        }

        if (origin.IsDefault || destination.IsDefault)
        {
            throw new ArgumentException("origin and destination must be countries, not the default CountryCode.", origin.IsDefault ? nameof(origin) : nameof(destination));
        }

        if (origin == destination)
        {
            throw new ArgumentException($"origin and destination are both {destination}; a landed cost needs an import.", nameof(destination));
        }

        if (onCarriage is { IsNegative: true } c)
        {
            throw new ArgumentOutOfRangeException(nameof(onCarriage), c, $"onCarriage was {c}; it must be zero or greater.");
        }

        Lines = lines;
        Origin = origin;
        Destination = destination;
        Incoterm = Preconditions.CheckNotNull(incoterm, nameof(incoterm));
        Freight = Preconditions.CheckNotNull(freight, nameof(freight));
        Date = date;
        ReportingCurrency = Preconditions.CheckNotNull(reportingCurrency, nameof(reportingCurrency));
        Insurance = insurance ?? InsuranceCover.None;
        OnCarriage = onCarriage;
        Fees = fees ?? Array.Empty<ShipmentFee>();
        SellerVatRegistered = sellerVatRegistered;
        Allocation = allocation;
        UseLowValueScheme = useLowValueScheme;
        ClaimPreference = claimPreference;
        UsEntryType = usEntryType;
    }

    /// <summary>The lines.</summary>
    public IReadOnlyList<ShipmentLine> Lines { get; init; }

    /// <summary>The country the goods are shipped from.</summary>
    public CountryCode Origin { get; }

    /// <summary>The importing country.</summary>
    public CountryCode Destination { get; }

    /// <summary>The Incoterms 2020 rule of the purchase.</summary>
    public Incoterm Incoterm { get; }

    /// <summary>The main carriage.</summary>
    public FreightQuote Freight { get; init; }

    /// <summary>The date of importation.</summary>
    public LocalDate Date { get; }

    /// <summary>The reporting currency.</summary>
    public Currency ReportingCurrency { get; }

    /// <summary>Cargo insurance.</summary>
    public InsuranceCover Insurance { get; }

    /// <summary>On-carriage from the place of entry, or null.</summary>
    public Money? OnCarriage { get; }

    /// <summary>Fees.</summary>
    public IReadOnlyList<ShipmentFee> Fees { get; }

    /// <summary>Whether import VAT is recoverable by the importer.</summary>
    public bool SellerVatRegistered { get; }

    /// <summary>How shared costs are allocated.</summary>
    public AllocationMethod Allocation { get; }

    /// <summary>Whether VAT is collected at checkout under a low-value scheme.</summary>
    public bool UseLowValueScheme { get; }

    /// <summary>Whether a preferential rate is claimed.</summary>
    public bool ClaimPreference { get; }

    /// <summary>The US entry type, or null to decide by value.</summary>
    public UsEntryType? UsEntryType { get; }
}
