namespace RoleCall.Web.Portal;

/// <summary>
/// The portal's only script, served as /start/copy.js (the pages' CSP allows scripts from this origin only):
/// it shows the copy buttons and copies the text they point at. Without JavaScript the buttons stay hidden
/// and every value is still on the page to select by hand.
/// </summary>
internal static class CopyScript
{
    public const string Path = "/start/copy.js";

    public const string Source = """
        document.querySelectorAll("button[data-copy]").forEach(function (button) {
          button.hidden = false;
          button.addEventListener("click", function () {
            var text = document.getElementById(button.dataset.copy).innerText;
            navigator.clipboard.writeText(text).then(function () { button.textContent = "Copied"; });
          });
        });
        """;
}
