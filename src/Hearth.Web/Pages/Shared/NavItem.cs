namespace Hearth.Web.Pages.Shared;

public sealed record NavItem(string Text, string Href, bool Current);
