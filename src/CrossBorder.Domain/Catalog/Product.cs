using System;
using System.Collections.Generic;
using System.Linq;
using CrossBorder.Domain.Geography;
using CrossBorder.Domain.Internal;
using CrossBorder.Domain.Measures;
using CrossBorder.Domain.Monetary;

namespace CrossBorder.Domain.Catalog;

/// <summary>
/// A sellable product (one SKU) with the facts customs, logistics and compliance need: HS code, category, origin, cost, weights,
/// dimensions, and the attributes that trigger rules — electrical input, radio, batteries, liquids, aerosol, magnets,
/// children's age grade, food contact, cosmetic, textile composition, wood or plant material, declared substances, brand owner —
/// plus the certificates the seller holds for it.
/// </summary>
/// <remarks>
/// <para>The constructor takes what every product has; the attributes are optional <c>init</c> properties, validated when set.
/// A property left at its default means "does not apply" (no battery, no radio, not a cosmetic…). Use <c>with</c> to derive a
/// variant, or <see cref="WithCertificate"/> to add a certificate.</para>
/// <para>Immutable and thread-safe. Equality is by value for scalar members and by reference for the lists.</para>
/// </remarks>
public sealed record Product
{
    private readonly IReadOnlyList<Battery> batteries = Array.Empty<Battery>();
    private readonly IReadOnlyList<DeclaredSubstance> declaredSubstances = Array.Empty<DeclaredSubstance>();
    private readonly IReadOnlyList<HeldCertificate> certificates = Array.Empty<HeldCertificate>();
    private readonly decimal? liquidMillilitres;
    private readonly string? brandOwner;

    /// <summary>Creates a product.</summary>
    /// <param name="sku">The seller's SKU.</param>
    /// <param name="title">The listing title.</param>
    /// <param name="hsCode">The Harmonized System code.</param>
    /// <param name="category">The category.</param>
    /// <param name="countryOfOrigin">Where the product was made (non-preferential origin).</param>
    /// <param name="unitCost">The cost of one unit to the seller.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The SKU, HS code or country is the default value, the title is empty, or the cost is negative.</exception>
    public Product(Sku sku, string title, HsCode hsCode, ProductCategory category, CountryCode countryOfOrigin, Money unitCost)
    {
        Preconditions.CheckArgument(!sku.IsDefault, nameof(sku), "sku is the default Sku; parse one with Sku.Parse.");
        Preconditions.CheckArgument(hsCode.Length > 0, nameof(hsCode), "hsCode is the default HsCode; parse one with HsCode.Parse, such as 8518.22.");
        Preconditions.CheckArgument(!countryOfOrigin.IsDefault, nameof(countryOfOrigin), "countryOfOrigin is the default CountryCode; parse one, such as CN.");
        if (unitCost.Amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(unitCost), unitCost.Amount, $"unitCost was {unitCost}; a cost must be zero or greater.");
        }

        Sku = sku;
        Title = Preconditions.CheckNotNullOrWhiteSpace(title, nameof(title));
        HsCode = hsCode;
        Category = Preconditions.CheckNotNull(category, nameof(category));
        CountryOfOrigin = countryOfOrigin;
        UnitCost = unitCost;
    }

    /// <summary>The seller's SKU.</summary>
    public Sku Sku { get; }

    /// <summary>The listing title.</summary>
    public string Title { get; }

    /// <summary>The Harmonized System code.</summary>
    public HsCode HsCode { get; }

    /// <summary>The category.</summary>
    public ProductCategory Category { get; }

    /// <summary>Where the product was made.</summary>
    public CountryCode CountryOfOrigin { get; }

    /// <summary>The cost of one unit to the seller.</summary>
    public Money UnitCost { get; }

    /// <summary>The net weight of one unit (without packaging); zero when not given.</summary>
    public Mass NetWeight { get; init; }

    /// <summary>The packed weight of one unit (with retail packaging); zero when not given.</summary>
    public Mass PackedWeight { get; init; }

    /// <summary>The packed dimensions of one unit, when given.</summary>
    public Dimensions? PackedDimensions { get; init; }

    /// <summary>Whether the product is meant for consumers (rather than professional use only); true unless set.</summary>
    public bool IsConsumerProduct { get; init; } = true;

    /// <summary>The electrical input, or null when the product is not electrical.</summary>
    public ElectricalRating? Electrical { get; init; }

    /// <summary>The radio transmitter, or null when the product does not transmit.</summary>
    public RadioEquipment? Radio { get; init; }

    /// <summary>The batteries in, with or as the product; empty when none.</summary>
    /// <exception cref="ArgumentNullException">Set to null or containing null.</exception>
    public IReadOnlyList<Battery> Batteries
    {
        get => batteries;
        init => batteries = CheckList(value, nameof(Batteries));
    }

    /// <summary>The liquid content in millilitres, or null when the product holds no liquid.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to zero or a negative volume.</exception>
    public decimal? LiquidMillilitres
    {
        get => liquidMillilitres;
        init => liquidMillilitres = value is { } ml ? Preconditions.CheckPositive(ml, nameof(LiquidMillilitres)) : null;
    }

    /// <summary>Whether the product is or contains an aerosol (pressurised dispenser).</summary>
    public bool IsAerosol { get; init; }

    /// <summary>Whether the product is or contains a flammable liquid, gas or solid (for example perfume with alcohol, nail polish).</summary>
    public bool IsFlammable { get; init; }

    /// <summary>The magnets in the product, or null when it contains none.</summary>
    public MagnetContent? Magnets { get; init; }

    /// <summary>For a product designed or intended primarily for children, the ages it is for; null otherwise.</summary>
    public AgeGrade? ChildrenAgeGrade { get; init; }

    /// <summary>Whether the product is intended to come into contact with food.</summary>
    public bool IsFoodContact { get; init; }

    /// <summary>Whether the product is a cosmetic (applied to the human body for cleansing, beautifying, perfuming…).</summary>
    public bool IsCosmetic { get; init; }

    /// <summary>The fibre composition of a textile product, or null when it is not a textile product.</summary>
    public TextileComposition? Textile { get; init; }

    /// <summary>Whether the product contains wood or other plant material (relevant to plant-health and deforestation rules).</summary>
    public bool ContainsWoodOrPlantMaterial { get; init; }

    /// <summary>Chemicals of concern the seller declares the product contains; empty when none declared.</summary>
    /// <exception cref="ArgumentNullException">Set to null or containing null.</exception>
    public IReadOnlyList<DeclaredSubstance> DeclaredSubstances
    {
        get => declaredSubstances;
        init => declaredSubstances = CheckList(value, nameof(DeclaredSubstances));
    }

    /// <summary>The brand or trademark owner, when the product is branded.</summary>
    /// <exception cref="ArgumentException">Set to an empty string.</exception>
    public string? BrandOwner
    {
        get => brandOwner;
        init => brandOwner = value is null ? null : Preconditions.CheckNotNullOrWhiteSpace(value, nameof(BrandOwner));
    }

    /// <summary>The certificates, declarations, registrations and labels the seller holds for the product.</summary>
    /// <exception cref="ArgumentNullException">Set to null or containing null.</exception>
    public IReadOnlyList<HeldCertificate> Certificates
    {
        get => certificates;
        init => certificates = CheckList(value, nameof(Certificates));
    }

    /// <summary>A copy of this product holding one more certificate.</summary>
    /// <param name="certificate">The certificate to add.</param>
    /// <returns>The new product.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certificate"/> is null.</exception>
    public Product WithCertificate(HeldCertificate certificate)
    {
        Preconditions.CheckNotNull(certificate, nameof(certificate));
        return this with { Certificates = certificates.Append(certificate).ToArray() };
    }

    /// <summary>"SKU — title".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Sku + " — " + Title;

    private static T[] CheckList<T>(IReadOnlyList<T>? value, string name)
        where T : class
    {
        if (value is null)
        {
            throw new ArgumentNullException(name, $"{name} must not be null; use an empty list.");
        }

        T[] copy = value.ToArray();
        if (Array.Exists(copy, x => x is null))
        {
            throw new ArgumentNullException(name, $"{name} must not contain null.");
        }

        return copy;
    }
}
