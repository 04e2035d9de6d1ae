using System;
using System.Globalization;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Catalog;

/// <summary>
/// The batteries of one kind in a product: chemistry, rating, how many, and how they travel (installed, packed with, or alone).
/// </summary>
/// <remarks>
/// Lithium-ion batteries must state their watt-hour rating (transport limits are in Wh per cell and per battery); lithium-metal
/// batteries should state their lithium content in grams. Immutable and thread-safe.
/// </remarks>
public sealed record Battery
{
    /// <summary>Creates a battery description.</summary>
    /// <param name="chemistry">The chemistry.</param>
    /// <param name="wattHours">The rated energy of ONE battery in watt-hours; zero or more, and greater than zero for lithium-ion.</param>
    /// <param name="count">How many such batteries the product (one sellable unit) holds or comes with; at least 1.</param>
    /// <param name="configuration">Installed in, packed with, or without equipment.</param>
    /// <param name="cellsPerBattery">How many cells one battery has (1 for a single-cell battery); at least 1.</param>
    /// <param name="lithiumGrams">For lithium-metal batteries, the lithium content of one battery in grams; zero or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="chemistry"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range, for example a negative watt-hour rating.</exception>
    public Battery(BatteryChemistry chemistry, decimal wattHours, int count, BatteryConfiguration configuration, int cellsPerBattery = 1, decimal? lithiumGrams = null)
    {
        Chemistry = Preconditions.CheckNotNull(chemistry, nameof(chemistry));
        Preconditions.CheckNonNegative(wattHours, nameof(wattHours));
        if (chemistry == BatteryChemistry.LithiumIon && wattHours == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(wattHours), wattHours, "wattHours was 0; a lithium-ion battery must state its watt-hour rating (V × Ah), which must be greater than zero.");
        }

        if (configuration < BatteryConfiguration.ContainedInEquipment || configuration > BatteryConfiguration.Standalone)
        {
            throw new ArgumentOutOfRangeException(nameof(configuration), configuration, $"configuration was {((int)configuration).ToString(CultureInfo.InvariantCulture)}; use ContainedInEquipment, PackedWithEquipment or Standalone.");
        }

        WattHours = wattHours;
        Count = Preconditions.CheckPositive(count, nameof(count));
        Configuration = configuration;
        CellsPerBattery = Preconditions.CheckPositive(cellsPerBattery, nameof(cellsPerBattery));
        LithiumGrams = lithiumGrams is { } g ? Preconditions.CheckNonNegative(g, nameof(lithiumGrams)) : null;
    }

    /// <summary>The chemistry.</summary>
    public BatteryChemistry Chemistry { get; }

    /// <summary>The rated energy of one battery, in watt-hours.</summary>
    public decimal WattHours { get; }

    /// <summary>The rated energy of one cell (the battery's rating shared by its cells), in watt-hours.</summary>
    public decimal CellWattHours => WattHours / CellsPerBattery;

    /// <summary>How many such batteries one unit of the product holds or comes with.</summary>
    public int Count { get; }

    /// <summary>Installed in, packed with, or without equipment.</summary>
    public BatteryConfiguration Configuration { get; }

    /// <summary>How many cells one battery has.</summary>
    public int CellsPerBattery { get; }

    /// <summary>The lithium content of one lithium-metal battery in grams, when stated.</summary>
    public decimal? LithiumGrams { get; }

    /// <summary>"lithium-ion 20 Wh × 1, contained in equipment".</summary>
    /// <returns>A short description for people.</returns>
    public override string ToString()
    {
        string where = Configuration switch
        {
            BatteryConfiguration.ContainedInEquipment => "contained in equipment",
            BatteryConfiguration.PackedWithEquipment => "packed with equipment",
            _ => "standalone",
        };
        return string.Format(CultureInfo.InvariantCulture, "{0} {1} Wh × {2}, {3}", Chemistry.Name, WattHours, Count, where);
    }
}
