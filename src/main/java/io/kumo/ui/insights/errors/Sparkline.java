package io.kumo.ui.insights.errors;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** A row's daily failures as a tiny bar chart on one canvas (no chart nodes per row). */
final class Sparkline extends Canvas {

    static final double WIDTH = 90;
    static final double HEIGHT = 18;

    Sparkline() {
        super(WIDTH, HEIGHT);
        getStyleClass().add("error-sparkline");
    }

    void show(List<Long> daily) {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        if (daily == null || daily.isEmpty()) {
            return;
        }
        long max = daily.stream().mapToLong(Long::longValue).max().orElse(0);
        if (max == 0) {
            return;
        }
        double bar = WIDTH / daily.size();
        g.setFill(Color.web("#8c8c8c", 0.5)); // the days line, so a group failing on one day still reads as 30 days
        g.fillRect(0, HEIGHT - 1, WIDTH, 1);
        g.setFill(Color.web("#d9534f"));
        for (int i = 0; i < daily.size(); i++) {
            double height = Math.max(1, (HEIGHT - 2) * daily.get(i) / max);
            if (daily.get(i) > 0) {
                g.fillRect(i * bar, HEIGHT - height, Math.max(1, bar - 1), height);
            }
        }
    }
}
