/**
 * The {@code rabbit://} RPC transport over RabbitMQ, in Nova's layout: a topic exchange named by
 * {@code --control_exchange}, a shared queue per topic and one per {@code topic.host}, a fan-out
 * exchange per topic with a queue per consumer, and a reply queue per process.
 */
package io.github.flagstaff.rabbit;
