using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrossBorder.Domain.Catalog;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Compliance;

/// <summary>
/// A product reduced to what compliance rules test: its <see cref="ProductTrait"/> bits and its <see cref="ProductMeasure"/>
/// values. Build it once per product with <see cref="Of"/> and reuse it for every market and date: evaluating a profile does
/// not allocate.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ProductProfile
{
    private readonly decimal[] values;
    private readonly double[] approximations;
    private readonly uint present;

    private ProductProfile(Product product, TraitSet traits, decimal[] values, uint present)
    {
        Product = product;
        Traits = traits;
        this.values = values;
        this.present = present;
        approximations = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            approximations[i] = (double)values[i];
        }
    }

    /// <summary>The product profiled.</summary>
    public Product Product { get; }

    /// <summary>The product's traits.</summary>
    public TraitSet Traits { get; }

    /// <summary>Profiles a product.</summary>
    /// <param name="product">The product.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    public static ProductProfile Of(Product product)
    {
        Preconditions.CheckNotNull(product, nameof(product));
        ulong bits = 0UL;
        var values = new decimal[ProductMeasure.Count];
        uint present = 0;

        void Set(ProductTrait a) => bits |= a.Mask;
        void Value(ProductMeasure n, decimal v)
        {
            values[n.Value] = v;
            present |= 1u << n.Value;
        }

        if (product.IsConsumerProduct)
        {
            Set(ProductTrait.ConsumerProduct);
        }

        if (product.Electrical is { } e)
        {
            Set(ProductTrait.ElectricalEquipment);
            if (e.MainsPowered)
            {
                Set(ProductTrait.MainsPowered);
            }

            if (e.IsInLowVoltageDirectiveRange)
            {
                Set(ProductTrait.LowVoltageRange);
            }

            if (e.HasDigitalCircuitry)
            {
                Set(ProductTrait.DigitalElectronics);
            }

            Value(ProductMeasure.MaximumInputVolts, e.MaximumVolts);
            Value(ProductMeasure.Watts, e.Watts);
        }

        if (product.Radio is { } r)
        {
            Set(ProductTrait.RadioTransmitter);
            if (r.InternetConnected)
            {
                Set(ProductTrait.InternetConnected);
            }
        }

        bool powerBank = product.Category.Equals(ProductCategory.PowerBank);
        if (powerBank)
        {
            Set(ProductTrait.PowerBank);
        }

        if (product.Category.Equals(ProductCategory.PowerSupply))
        {
            Set(ProductTrait.PowerSupply);
        }

        if (product.Category.Equals(ProductCategory.Toy))
        {
            Set(ProductTrait.Toy);
        }

        if (product.Batteries.Count > 0)
        {
            Set(ProductTrait.ContainsBattery);
            decimal maxWh = 0m, maxCellWh = 0m, maxLithium = 0m;
            bool anyLithiumIon = false, anyLithiumMetalGrams = false;
            int count = 0, cells = 0;
            foreach (Battery b in product.Batteries)
            {
                count += b.Count;
                cells += b.Count * b.CellsPerBattery;
                Set(b.Configuration switch
                {
                    BatteryConfiguration.Standalone => ProductTrait.BatteryStandalone,
                    BatteryConfiguration.PackedWithEquipment => ProductTrait.BatteryPackedWithEquipment,
                    _ => ProductTrait.BatteryContainedInEquipment,
                });
                bool alone = b.Configuration == BatteryConfiguration.Standalone || powerBank;
                if (b.Chemistry == BatteryChemistry.LithiumIon)
                {
                    anyLithiumIon = true;
                    Set(ProductTrait.LithiumIon);
                    Set(alone ? ProductTrait.Un3480 : ProductTrait.Un3481);
                    maxWh = Math.Max(maxWh, b.WattHours);
                    maxCellWh = Math.Max(maxCellWh, b.CellWattHours);
                }
                else if (b.Chemistry == BatteryChemistry.LithiumMetal)
                {
                    Set(ProductTrait.LithiumMetal);
                    Set(alone ? ProductTrait.Un3090 : ProductTrait.Un3091);
                    if (b.LithiumGrams is { } g)
                    {
                        anyLithiumMetalGrams = true;
                        maxLithium = Math.Max(maxLithium, g);
                    }
                }
            }

            Value(ProductMeasure.BatteryCount, count);
            Value(ProductMeasure.CellCount, cells);
            if (anyLithiumIon)
            {
                Value(ProductMeasure.BatteryWattHours, maxWh);
                Value(ProductMeasure.CellWattHours, maxCellWh);
            }

            if (anyLithiumMetalGrams)
            {
                Value(ProductMeasure.LithiumGrams, maxLithium);
            }
        }

        if (product.LiquidMillilitres is { } ml)
        {
            Set(ProductTrait.Liquid);
            Value(ProductMeasure.LiquidMillilitres, ml);
        }

        if (product.IsAerosol)
        {
            Set(ProductTrait.Aerosol);
        }

        if (product.IsFlammable)
        {
            Set(ProductTrait.Flammable);
        }

        if (product.Magnets is { } m)
        {
            Set(ProductTrait.Magnets);
            if (m.GaussAt2Point1Metres is { } near)
            {
                Value(ProductMeasure.MagneticFieldAt2Point1Metres, near);
            }
            else
            {
                Set(ProductTrait.MagneticFieldUnmeasured);
            }

            if (m.GaussAt4Point6Metres is { } far)
            {
                Value(ProductMeasure.MagneticFieldAt4Point6Metres, far);
            }
        }

        if (product.ChildrenAgeGrade is { } age)
        {
            Value(ProductMeasure.MinimumAgeMonths, age.MinimumMonths);
            if (age.MinimumMonths <= 144)
            {
                Set(ProductTrait.ChildrensProduct);
            }
        }

        if (product.IsFoodContact)
        {
            Set(ProductTrait.FoodContact);
        }

        if (product.IsCosmetic || product.Category.Equals(ProductCategory.Cosmetics))
        {
            Set(ProductTrait.Cosmetic);
        }

        if (product.Textile is not null)
        {
            Set(ProductTrait.Textile);
        }

        if (product.ContainsWoodOrPlantMaterial)
        {
            Set(ProductTrait.WoodOrPlant);
        }

        if (product.DeclaredSubstances.Count > 0)
        {
            Set(ProductTrait.DeclaredSubstances);
        }

        if (product.BrandOwner is not null)
        {
            Set(ProductTrait.Branded);
        }

        return new ProductProfile(product, TraitSet.FromBits(bits), values, present);
    }

    /// <summary>The product's value for <paramref name="measure"/>, when it has one.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="value">The value, when present.</param>
    /// <returns><see langword="true"/> when the product has the value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public bool TryGetValue(ProductMeasure measure, out decimal value)
    {
        Preconditions.CheckNotNull(measure, nameof(measure));
        return TryGetValue(measure.Value, out value);
    }

    /// <summary>"{…attributes…} battery-wh=20 …".</summary>
    /// <returns>A description.</returns>
    public override string ToString()
    {
        IEnumerable<string> numbers = ProductMeasure.List.OrderBy(n => n.Value)
            .Where(n => TryGetValue(n.Value, out _))
            .Select(n => n.Name + "=" + values[n.Value].ToString(CultureInfo.InvariantCulture));
        return Traits + " " + string.Join(" ", numbers);
    }

    /// <summary>The compiled fast path compares doubles: the decimal → double conversion keeps the order of the values.</summary>
    internal bool TryGetApproximation(int slot, out double value)
    {
        value = approximations[slot];
        return (present & (1u << slot)) != 0;
    }

    internal bool TryGetValue(int slot, out decimal value)
    {
        value = values[slot];
        return (present & (1u << slot)) != 0;
    }

    /// <summary>Names an attribute with the product's own values, for a finding's reason.</summary>
    internal string Describe(ProductTrait attribute)
    {
        Product p = Product;
        string? detail = attribute.Name switch
        {
            "electrical-equipment" or "mains-powered" or "low-voltage-range" or "digital-electronics" => p.Electrical?.ToString(),
            "radio-transmitter" or "internet-connected" => p.Radio?.ToString(),
            "un3480" or "un3090" when Traits.Contains(ProductTrait.PowerBank) => "power-bank, shipped as batteries: " + string.Join("; ", p.Batteries),
            "contains-battery" or "lithium-ion" or "lithium-metal" or "battery-standalone" or "battery-packed-with-equipment"
                or "battery-contained-in-equipment" or "un3480" or "un3481" or "un3090" or "un3091" => string.Join("; ", p.Batteries),
            "power-bank" or "power-supply" or "toy" => "category " + p.Category.Code,
            "liquid" => p.LiquidMillilitres is { } ml ? ml.ToString(CultureInfo.InvariantCulture) + " ml" : null,
            "magnets" or "magnetic-field-unmeasured" => p.Magnets?.ToString(),
            "childrens-product" => p.ChildrenAgeGrade is { } a ? "age grade " + a : null,
            "textile" => p.Textile?.ToString(),
            "declared-substances" => string.Join("; ", p.DeclaredSubstances),
            "branded" => p.BrandOwner,
            _ => null,
        };
        return detail is null ? attribute.Name : attribute.Name + " (" + detail + ")";
    }

    internal string Describe(NumericCondition condition)
    {
        string value = TryGetValue(condition.Measure.Value, out decimal v) ? v.ToString(CultureInfo.InvariantCulture) : "?";
        return condition.Measure.Name + " = " + value + " " + condition.Measure.Unit + " (" + condition.Symbol + " " + condition.Threshold.ToString(CultureInfo.InvariantCulture) + ")";
    }
}
