using System.Reflection;
using Hearth.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Hearth.Web.Tests.Workforce;

/// <summary>
/// Every member of <see cref="Links"/> points at a route the running app has: a renamed <c>@page</c> route
/// (or a new link to a page that does not exist) fails here, not in a user's browser.
/// </summary>
public sealed class LinksTests(HearthWebApp app)
{
    private sealed record Link(string Member, string Url, IReadOnlyDictionary<string, Guid> Arguments);

    [Fact]
    public void Every_link_points_at_a_route_the_app_has()
    {
        var patterns = RoutePatterns();
        var links = AllLinks();

        links.Count.ShouldBeGreaterThan(25);
        var failures = links
            .Select(link => (link, pattern: Pattern(link)))
            .Where(x => !patterns.Contains(x.pattern))
            .Select(x => $"Links.{x.link.Member} gives {x.link.Url}, so route {x.pattern}, which the app does not have")
            .ToList();
        failures.ShouldBeEmpty();
    }

    [Fact]
    public void A_link_to_a_route_the_app_does_not_have_is_caught()
    {
        var patterns = RoutePatterns();

        patterns.ShouldContain(Pattern(new("Person", Links.Person(Id), new Dictionary<string, Guid> { ["id"] = Id })));
        patterns.ShouldNotContain(Pattern(new("Wrong", $"/people/{Id}/note", new Dictionary<string, Guid> { ["id"] = Id })));
        patterns.ShouldNotContain(Pattern(new("Wrong", "/person/search?q=x", new Dictionary<string, Guid>())));
    }

    [Fact]
    public void Query_values_are_escaped_and_optional_parts_are_left_off()
    {
        Links.FindPerson().ShouldBe("/people/search");
        Links.FindPerson("").ShouldBe("/people/search?q=");
        Links.FindPerson("Ada & Bo+1/2").ShouldBe("/people/search?q=Ada%20%26%20Bo%2B1%2F2");
        Links.FindPerson(relatedTo: Id).ShouldBe($"/people/search?RelatedTo={Id}");
        Links.CreatePerson(null, null).ShouldBe("/people/create?q=");
        Links.CreatePerson("Ada Lovelace", Id).ShouldBe($"/people/create?relatedTo={Id}&q=Ada%20Lovelace");
        Links.AddRelationship(Id).ShouldBe($"/people/{Id}/relationships/add");
        Links.AddRelationship(Id, NoteId).ShouldBe($"/people/{Id}/relationships/add?relatedPersonId={NoteId}");
        Links.PersonCreated(Id).ShouldBe($"/people/{Id}?created=true");
        Links.CaseNote(Id, NoteId).ShouldBe($"/people/{Id}/notes#note-{NoteId}");
        Links.Merge(Id).ShouldBe($"/people/merge?keep={Id}");
    }

    private static readonly Guid Id = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid NoteId = Guid.Parse("22222222-2222-2222-2222-222222222222");

    /// <summary>Every route the app serves, as "/people/{id:guid}" (leading slash, no trailing one).</summary>
    private HashSet<string> RoutePatterns() => app.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Select(e => "/" + (e.RoutePattern.RawText ?? "").Trim('/'))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every public static member of <see cref="Links"/>: the constants and properties as they are, the methods
    /// called with a distinct GUID for each Guid parameter and a value for every optional one, so query strings show.
    /// </summary>
    private static List<Link> AllLinks()
    {
        var type = typeof(Links);
        var links = new List<Link>();
        var none = new Dictionary<string, Guid>();
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(string)))
        {
            links.Add(new(field.Name, (string)field.GetValue(null)!, none));
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(string)))
        {
            links.Add(new(property.Name, (string)property.GetValue(null)!, none));
        }
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName))
        {
            method.ReturnType.ShouldBe(typeof(string), $"Links.{method.Name} should return a string");
            var arguments = new Dictionary<string, Guid>();
            var values = method.GetParameters().Select(parameter =>
            {
                if (parameter.ParameterType == typeof(Guid) || parameter.ParameterType == typeof(Guid?))
                {
                    var guid = Guid.NewGuid();
                    arguments[parameter.Name!] = guid;
                    return (object)guid;
                }
                if (parameter.ParameterType == typeof(long))
                {
                    return 2L;
                }
                if (parameter.ParameterType == typeof(bool))
                {
                    return true;
                }
                if (parameter.ParameterType == typeof(DateOnly?))
                {
                    return (DateOnly?)new DateOnly(2026, 1, 2);
                }
                if (parameter.ParameterType == typeof(int))
                {
                    return 2;
                }
                if (parameter.ParameterType == typeof(DateOnly))
                {
                    return new DateOnly(2026, 1, 2);
                }
                parameter.ParameterType.ShouldBe(typeof(string), $"Links.{method.Name}({parameter.Name}) has a parameter the test cannot fill");
                return "Ada Lovelace";
            }).ToArray();
            links.Add(new($"{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.Name))})", (string)method.Invoke(null, values)!, arguments));
        }
        return links;
    }

    /// <summary>The link's path with the query and anchor taken off and each GUID argument put back as its route parameter.</summary>
    private static string Pattern(Link link)
    {
        var path = link.Url.Split('?', '#')[0];
        foreach (var (name, guid) in link.Arguments)
        {
            path = path.Replace(guid.ToString(), $"{{{name}:guid}}", StringComparison.OrdinalIgnoreCase);
        }
        return "/" + path.Trim('/');
    }
}
