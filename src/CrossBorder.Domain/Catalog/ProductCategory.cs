using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Domain.Internal;

namespace CrossBorder.Domain.Catalog;

/// <summary>
/// What kind of product a <see cref="Product"/> is, as far as compliance and logistics care: a closed list of well-known categories
/// (<see cref="Toy"/>, <see cref="PowerBank"/>, <see cref="Apparel"/>…) that users may extend with <see cref="Define"/>.
/// </summary>
/// <remarks>
/// A category is a lower-case code (<c>a–z</c>, <c>0–9</c>, <c>-</c>) and a display name; equality is on the code. Rules never
/// look at a category directly: the few categories that change the law (toys, power banks, power supplies, cosmetics) set a
/// product attribute when a product is profiled. Immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(CrossBorder.Domain.Serialization.ProductCategoryJsonConverter))]
public sealed class ProductCategory : IEquatable<ProductCategory>
{
    private static readonly List<ProductCategory> BuiltIns = new(); // filled once by the static initialisers below, never changed after

    /// <summary>Anything not listed below.</summary>
    public static readonly ProductCategory General = Add("general", "General merchandise");

    /// <summary>Consumer electronics (speakers, headphones, gadgets).</summary>
    public static readonly ProductCategory Electronics = Add("electronics", "Consumer electronics");

    /// <summary>Portable battery packs that charge other devices; shipped as batteries (UN 3480) in air transport.</summary>
    public static readonly ProductCategory PowerBank = Add("power-bank", "Power bank");

    /// <summary>External power supplies, chargers and AC adapters.</summary>
    public static readonly ProductCategory PowerSupply = Add("power-supply", "Power supply or AC adapter");

    /// <summary>Toys: products designed or intended for play by children.</summary>
    public static readonly ProductCategory Toy = Add("toy", "Toy");

    /// <summary>Clothing.</summary>
    public static readonly ProductCategory Apparel = Add("apparel", "Apparel");

    /// <summary>Home textiles (bedding, towels, curtains).</summary>
    public static readonly ProductCategory HomeTextile = Add("home-textile", "Home textiles");

    /// <summary>Cosmetics and personal care.</summary>
    public static readonly ProductCategory Cosmetics = Add("cosmetics", "Cosmetics and personal care");

    /// <summary>Kitchenware and tableware.</summary>
    public static readonly ProductCategory Kitchenware = Add("kitchenware", "Kitchenware");

    /// <summary>Furniture.</summary>
    public static readonly ProductCategory Furniture = Add("furniture", "Furniture");

    /// <summary>Sports and outdoor equipment.</summary>
    public static readonly ProductCategory Sports = Add("sports", "Sports and outdoors");

    private ProductCategory(string code, string name)
    {
        Code = code;
        Name = name;
    }

    /// <summary>Every built-in category, in declaration order.</summary>
    public static IReadOnlyList<ProductCategory> All => BuiltIns.AsReadOnly();

    /// <summary>The code, for example <c>"power-bank"</c>.</summary>
    public string Code { get; }

    /// <summary>The display name, for example <c>"Power bank"</c>.</summary>
    public string Name { get; }

    /// <summary>Whether this is one of the library's built-in categories.</summary>
    public bool IsBuiltIn => TryFromCode(Code, out ProductCategory? known) && ReferenceEquals(known, this);

    /// <summary>Defines a category of the user's own (for example <c>"garden-tools"</c>).</summary>
    /// <param name="code">Lower-case letters, digits and hyphens, 2 to 40 characters; must not be a built-in code.</param>
    /// <param name="name">The display name.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The code is malformed or is a built-in code, or the name is empty.</exception>
    public static ProductCategory Define(string code, string name)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        Preconditions.CheckNotNullOrWhiteSpace(name, nameof(name));
        Preconditions.CheckArgument(IsValidCode(code), nameof(code), $"Category code {Preconditions.Quote(code)} is not valid: use 2 to 40 characters from a–z, 0–9 and '-', such as garden-tools.");
        Preconditions.CheckArgument(!TryFromCode(code, out _), nameof(code), $"Category code {Preconditions.Quote(code)} is built in; use ProductCategory.FromCode(\"{code}\") instead of defining it again.");
        return new ProductCategory(code, name);
    }

    /// <summary>The built-in category with <paramref name="code"/>.</summary>
    /// <param name="code">A built-in code such as <c>"toy"</c>.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No built-in category has that code.</exception>
    public static ProductCategory FromCode(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        return TryFromCode(code, out ProductCategory? category)
            ? category
            : throw new ArgumentException($"{Preconditions.Quote(code)} is not a built-in product category; use one of {string.Join(", ", BuiltIns.ConvertAll(c => c.Code))}, or ProductCategory.Define for your own.", nameof(code));
    }

    /// <summary>Finds a built-in category without throwing.</summary>
    /// <param name="code">The code.</param>
    /// <param name="category">The category, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out ProductCategory? category)
    {
        foreach (ProductCategory c in BuiltIns)
        {
            if (string.Equals(c.Code, code, StringComparison.Ordinal))
            {
                category = c;
                return true;
            }
        }

        category = null;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(ProductCategory? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProductCategory);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code.</summary>
    /// <returns><see cref="Code"/>.</returns>
    public override string ToString() => Code;

    private static ProductCategory Add(string code, string name)
    {
        var category = new ProductCategory(code, name);
        BuiltIns.Add(category);
        return category;
    }

    private static bool IsValidCode(string code)
    {
        if (code.Length < 2 || code.Length > 40 || code[0] == '-' || code[code.Length - 1] == '-')
        {
            return false;
        }

        foreach (char c in code)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
