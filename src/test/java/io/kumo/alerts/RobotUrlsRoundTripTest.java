package io.kumo.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form of the chat robots' URLs is written back as a URL that reads the same channel, also after an edit of its masked form. */
class RobotUrlsRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"dingtalk://a1b2c3d4e5f6", "dingtalk://SEC0123456789abcdef@a1b2c3d4e5f6/13800000000/13900000000",
            "dingtalk://SEC0123456789abcdef@a1b2c3d4e5f6?base=https://ding.example.com:8443/proxy",
            "dingtalk://?token=a1b2c3d4e5f6&secret=SEC0123456789abcdef&to=13800000000",
            "wecombot://693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa", "wecombot://693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa?base=http://127.0.0.1:8089",
            "feishu://0fa8e6a4-aaaa-bbbb-cccc-2e3b4c5d6e7f", "feishu://abcdefgh12345678@0fa8e6a4-aaaa-bbbb-cccc-2e3b4c5d6e7f?base=http://127.0.0.1:8089",
            "feishu://0fa8e6a4-aaaa-bbbb-cccc-2e3b4c5d6e7f?secret=abcdefgh12345678"})
    void writesAUrlThatReadsBackTheSameChannel(String url) {
        ChannelSpec spec = ChannelUrl.parse(url);

        assertThat(ChannelUrl.parse(spec.toUrl())).isEqualTo(spec);
        assertThat(ChannelUrl.parse(ChannelUrl.merge(spec.masked(), spec.toUrl()))).isEqualTo(spec);
    }
}
