using System;
using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Logistics;

/// <summary>
/// The eleven Incoterms 2020 rules: which party pays which leg (export clearance, carriage, insurance, import duties) of a sale.
/// </summary>
/// <remarks>
/// <para>The library uses the rule between the supplier (seller) and the importer (buyer) to decide what the invoice price already
/// contains and what the importer still pays to reach the customs value and the landed cost.</para>
/// <para>Insurance: CIF and CIP oblige the seller to insure (Institute Cargo Clauses (C) for CIF, (A) for CIP under Incoterms 2020);
/// under D-rules the seller carries the risk to destination and is taken to bear the insurance cost; under the other rules the buyer
/// insures if it wishes. Four rules (FAS, FOB, CFR, CIF) are for sea and inland waterway transport only.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.SmartEnumJsonConverter<Incoterm>))]
public sealed class Incoterm : SmartEnum<Incoterm>
{
    /// <summary>Ex Works: the buyer pays everything from the seller's premises, including export clearance.</summary>
    public static readonly Incoterm EXW = new(nameof(EXW), 1, Leg.Exw);

    /// <summary>Free Carrier: the seller clears for export and hands over to the buyer's carrier.</summary>
    public static readonly Incoterm FCA = new(nameof(FCA), 2, Leg.Export);

    /// <summary>Free Alongside Ship (sea only): the seller delivers alongside the vessel, cleared for export.</summary>
    public static readonly Incoterm FAS = new(nameof(FAS), 3, Leg.Export, seaOnly: true);

    /// <summary>Free On Board (sea only): the seller delivers on board, cleared for export; the buyer pays the main carriage.</summary>
    public static readonly Incoterm FOB = new(nameof(FOB), 4, Leg.Export, seaOnly: true);

    /// <summary>Cost and Freight (sea only): the seller pays the main carriage to the port of destination.</summary>
    public static readonly Incoterm CFR = new(nameof(CFR), 5, Leg.Export | Leg.Main, seaOnly: true);

    /// <summary>Cost, Insurance and Freight (sea only): as CFR, and the seller insures the main carriage.</summary>
    public static readonly Incoterm CIF = new(nameof(CIF), 6, Leg.Export | Leg.Main | Leg.Insurance, seaOnly: true);

    /// <summary>Carriage Paid To: the seller pays carriage to the named place of destination.</summary>
    public static readonly Incoterm CPT = new(nameof(CPT), 7, Leg.Export | Leg.Main);

    /// <summary>Carriage and Insurance Paid To: as CPT, and the seller insures the carriage.</summary>
    public static readonly Incoterm CIP = new(nameof(CIP), 8, Leg.Export | Leg.Main | Leg.Insurance);

    /// <summary>Delivered At Place: the seller pays carriage to the named place; the buyer clears import and pays duties and taxes.</summary>
    public static readonly Incoterm DAP = new(nameof(DAP), 9, Leg.Export | Leg.Main | Leg.Insurance | Leg.OnCarriage);

    /// <summary>Delivered at Place Unloaded: as DAP, and the seller unloads at destination.</summary>
    public static readonly Incoterm DPU = new(nameof(DPU), 10, Leg.Export | Leg.Main | Leg.Insurance | Leg.OnCarriage);

    /// <summary>Delivered Duty Paid: the seller pays everything, including import clearance, duties and taxes.</summary>
    public static readonly Incoterm DDP = new(nameof(DDP), 11, Leg.Export | Leg.Main | Leg.Insurance | Leg.OnCarriage | Leg.Import);

    private readonly Leg sellerPays;

    private Incoterm(string name, int value, Leg sellerPays, bool seaOnly = false)
        : base(name, value)
    {
        this.sellerPays = sellerPays;
        IsSeaAndInlandWaterwayOnly = seaOnly;
    }

    [Flags]
    private enum Leg
    {
        Exw = 0,
        Export = 1,
        Main = 2,
        Insurance = 4,
        OnCarriage = 8,
        Import = 16,
    }

    /// <summary>Whether the rule is for sea and inland waterway transport only (FAS, FOB, CFR, CIF).</summary>
    public bool IsSeaAndInlandWaterwayOnly { get; }

    /// <summary>Which party pays <paramref name="leg"/> under this rule.</summary>
    /// <param name="leg">The cost item.</param>
    /// <returns>The paying party.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leg"/> is not a defined value.</exception>
    public TradeParty PayerOf(CostLeg leg)
    {
        Leg flag = leg switch
        {
            CostLeg.ExportClearance or CostLeg.PreCarriage => Leg.Export,
            CostLeg.MainCarriage => Leg.Main,
            CostLeg.Insurance => Leg.Insurance,
            CostLeg.OnCarriage => Leg.OnCarriage,
            CostLeg.ImportClearance or CostLeg.ImportDutiesAndTaxes => Leg.Import,
            _ => throw new ArgumentOutOfRangeException(nameof(leg), leg, $"leg was {(int)leg}; use a defined CostLeg value."),
        };
        return (sellerPays & flag) != 0 ? TradeParty.Seller : TradeParty.Buyer;
    }

    /// <summary>Parses a rule code such as "FOB" (case-insensitive, surrounding spaces ignored).</summary>
    /// <param name="code">The three-letter code.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="UnknownIncotermException"><paramref name="code"/> is not an Incoterms 2020 rule.</exception>
    public static Incoterm Parse(string code) =>
        TryParse(Preconditions.CheckNotNull(code, nameof(code)), out Incoterm? result) ? result : throw new UnknownIncotermException(code, nameof(code));

    /// <summary>Parses a rule code without throwing.</summary>
    /// <param name="code">The three-letter code.</param>
    /// <param name="result">The rule, when found.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> is an Incoterms 2020 rule.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Incoterm? result)
    {
        result = null;
        if (code is null)
        {
            return false;
        }

        string trimmed = code.Trim();
        foreach (Incoterm term in List)
        {
            if (string.Equals(term.Name, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                result = term;
                return true;
            }
        }

        return false;
    }
}
