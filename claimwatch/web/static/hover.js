// The timeline's hover: a dot's sentence and source shown under the chart on hover or keyboard focus.
// Text only (textContent), so a scraped sentence never becomes markup. Without JavaScript the dots'
// <title> tooltips and the list under the chart say the same.
document.addEventListener("DOMContentLoaded", () => {
  const detail = document.getElementById("dot-detail");
  if (!detail) return;
  const show = (event) => {
    const tip = event.target.getAttribute && event.target.getAttribute("data-tip");
    if (tip) detail.textContent = tip;
  };
  document.querySelectorAll("circle.dot").forEach((dot) => {
    dot.addEventListener("mouseenter", show);
    dot.addEventListener("focus", show);
  });
});
